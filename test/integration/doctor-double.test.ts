// The doctor against the strict Cognito double and an unreachable endpoint: each kind of app
// client (public, with a secret, SRP only, unknown), a wrong and a missing secret, a pool that
// hides unknown users, and a signed-in profile. Only made-up users are probed: the wire shows it.
import { createServer, type AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TokenManager } from '../../src/main/token-manager';
import type { DoctorReport } from '../../src/main/doctor/doctor-types';
import { addAndCheck } from '../support/doctor-checks';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-west-1_Doctor1';
const HIDDEN_POOL = 'eu-west-1_Doctor2';
const SECRET = 'doctor-client-secret-0123456789';
const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      clients: [
        { clientId: 'publicclient' },
        { clientId: 'secretclient', clientSecret: SECRET },
        { clientId: 'srponlyclient', flows: ['USER_SRP_AUTH', 'REFRESH_TOKEN_AUTH'] },
      ],
      users: [{ username: 'ada', password: 'Doctor-Pass-1!' }],
    },
    {
      userPoolId: HIDDEN_POOL,
      preventUserExistenceErrors: true,
      clients: [{ clientId: 'hiddenclient' }],
      users: [],
    },
  ],
});
const double = facade.double;
let manager: TokenManager;

beforeAll(async () => {
  ({ manager } = await facade.open());
});

const doctor = (name: string, fields: Record<string, unknown>, secret?: string) =>
  addAndCheck(
    manager,
    {
      name,
      userPoolId: POOL,
      username: 'ada',
      endpoint: double.endpoint,
      clientId: 'publicclient',
      ...fields,
    },
    secret,
  );

/** A loopback port nobody listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

const byId = (report: DoctorReport) =>
  Object.fromEntries(report.checks.map((c) => [c.id, [c.status, c.sentence]]));

describe('the doctor', () => {
  it('passes a public client and names the flows it allows; the pool reveals unknown users', async () => {
    const before = double.requests.length;
    const report = await doctor('public', {});
    expect(report.ok).toBe(true);
    expect(byId(report)).toMatchObject({
      endpoint: ['pass', `${double.endpoint} answers.`],
      pool: [
        'skip',
        "The emulator does not serve the pool's OpenID configuration, so this check does not apply.",
      ],
      client: ['pass', 'Cognito knows the app client.'],
      'client-secret': ['pass', 'The app client needs no secret.'],
      'user-existence': [
        'info',
        'The pool says when a user does not exist, so a mistyped username reads as "user not found".',
      ],
      'flow-user_srp_auth': [
        'pass',
        'The app client allows USER_SRP_AUTH. This profile signs in this way.',
      ],
      'flow-user_password_auth': ['pass', 'The app client allows USER_PASSWORD_AUTH.'],
      'flow-user_auth': ['info', 'The app client does not allow USER_AUTH.'],
      tokens: ['skip', 'The profile is not signed in here, so there are no tokens to check.'],
      keychain: ['pass', 'The keychain stores and returns secrets.'],
    });
    // Three probes, each a made-up user; never the profile's own user.
    const probes = double.requests.slice(before).filter((r) => r.operation === 'InitiateAuth');
    expect(probes).toHaveLength(3);
    for (const probe of probes) {
      expect((probe.body.AuthParameters as Record<string, string>).USERNAME).toMatch(
        /^ctm-doctor-[0-9a-f]{24}$/,
      );
    }
  });

  it('fails a password profile on an SRP-only client, with the fix', async () => {
    const report = await doctor('srp only', { clientId: 'srponlyclient', authFlow: 'password' });
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.id === 'flow-user_password_auth')).toEqual({
      id: 'flow-user_password_auth',
      title: 'Password sign-in (USER_PASSWORD_AUTH)',
      status: 'fail',
      sentence: 'The app client does not allow USER_PASSWORD_AUTH, which this profile uses.',
      fix: "Turn on ALLOW_USER_PASSWORD_AUTH in the app client's authentication flows, or change the profile's sign-in flow.",
    });
  });

  it('tells a right, a wrong and a missing client secret apart', async () => {
    expect(
      byId(await doctor('secret right', { clientId: 'secretclient' }, SECRET))['client-secret'],
    ).toEqual(['pass', 'The app client has a secret, and the stored one is right.']);
    const wrong = await doctor(
      'secret wrong',
      { clientId: 'secretclient' },
      'not-the-secret-at-all',
    );
    // Neither secret, nor a SECRET_HASH, is ever quoted in the report.
    expect(JSON.stringify(wrong)).not.toMatch(
      /not-the-secret-at-all|doctor-client-secret|SECRET_HASH/,
    );
    expect(wrong.ok).toBe(false);
    expect(byId(wrong)['client-secret']).toEqual([
      'fail',
      'The client secret stored for this profile does not verify.',
    ]);
    const missing = await doctor('secret missing', { clientId: 'secretclient' });
    expect(byId(missing)['client-secret']).toEqual([
      'fail',
      'The app client has a secret, and this profile stores none.',
    ]);
  });

  it('fails an unknown client and a pool that hides users says what that means', async () => {
    const unknown = await doctor('unknown', { clientId: 'noSuchClient' });
    expect(byId(unknown).client).toEqual([
      'fail',
      'Cognito does not know this app client in this user pool.',
    ]);
    const hidden = await manager.addProfile({
      name: 'hidden',
      userPoolId: HIDDEN_POOL,
      username: 'ada',
      endpoint: double.endpoint,
      clientId: 'hiddenclient',
    });
    const report = await manager.checkProfile(hidden.id, 10_000);
    expect(report.ok).toBe(true);
    expect(byId(report)['user-existence']?.[1]).toMatch(/^The pool hides whether a user exists/);
  });

  it("checks a signed-in profile's tokens against the pool and client", async () => {
    const profile = await manager.addProfile({
      name: 'signed in',
      userPoolId: POOL,
      username: 'ada',
      endpoint: double.endpoint,
      clientId: 'publicclient',
    });
    await manager.signIn(profile.id, 'Doctor-Pass-1!');
    const report = await manager.checkProfile(profile.id, 10_000);
    expect(byId(report).tokens).toEqual([
      'pass',
      'The tokens were issued by this user pool for this app client.',
    ]);
  });

  it('fails an endpoint that does not answer, and skips what it cannot know', async () => {
    const port = await closedPort();
    const report = await doctor('down', { endpoint: `http://127.0.0.1:${port}` });
    expect(report.ok).toBe(false);
    const endpoint = report.checks.find((c) => c.id === 'endpoint');
    expect(endpoint).toMatchObject({
      status: 'fail',
      fix: "Start the emulator or proxy, or correct the profile's endpoint.",
    });
    expect(endpoint?.sentence).toBe(`http://127.0.0.1:${port} did not answer (ECONNREFUSED).`);
    expect(report.checks.map((c) => c.id)).not.toContain('client');
    expect(report.checks.find((c) => c.id === 'pool')).toMatchObject({
      status: 'skip',
      sentence: 'Not known: the endpoint did not answer.',
    });
  });
});

describe('what decides the verdict', () => {
  it('a keychain that cannot be used is a failed check, yet does not stop a sign-in', async () => {
    const noKeychain = await facade.machine().open({
      loadKeytar: () => Promise.reject(new Error('Cannot find module keytar')),
    });
    const profile = await noKeychain.addProfile({
      name: 'memory only',
      userPoolId: POOL,
      username: 'ada',
      endpoint: double.endpoint,
      clientId: 'publicclient',
    });
    const report = await noKeychain.checkProfile(profile.id, 10_000);
    expect(report.checks.find((c) => c.id === 'keychain')?.status).toBe('fail');
    expect(report.ok).toBe(true);
  });
});

// AWS credentials from an identity pool, end to end: the built CLI in child processes, a real
// gnome-keyring, cognito-local for the user pool and the strict Cognito Identity double in front
// of it (one endpoint, as an emulator serves both). Every GetId and GetCredentialsForIdentity is
// counted on the wire; no secret key or session token may be left in the data folder or output.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AWS_CREDENTIAL_KINDS } from '../../src/main/sessions/aws-credential-cache';
import { expectNoLeaks, RunLog } from '../support/leak-check';
import { startIdentityRig, ROLES, type IdentityRig } from '../support/identity-rig';
import type { IssuedCredentials } from '../support/identity-double';

// Each journey is a dozen CLI processes on a shared two-core machine.
vi.setConfig({ testTimeout: 120_000 });

let ir: IdentityRig;
const runs = new RunLog();
const homes: string[] = [];

beforeAll(async () => {
  ir = await startIdentityRig();
}, 120_000);
afterAll(async () => {
  for (const issued of ir.double.issued) {
    runs.track('AWS secret access key', issued.secretKey);
    runs.track('AWS session token', issued.sessionToken);
  }
  await expectNoLeaks(runs, homes);
  await ir.stop();
});

async function newHome(): Promise<string> {
  const home = await ir.rig.newHome();
  homes.push(home);
  return home;
}

const count = (operation: string) =>
  ir.double.calls.filter((c) => c.operation === operation).length;
const lastIssued = (): IssuedCredentials => {
  const issued = ir.double.issued.at(-1);
  if (!issued) throw new Error('nothing was issued');
  return issued;
};

interface ProcessCredentials {
  Version: number;
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: string;
}

async function awsCredentials(home: string, name: string): Promise<ProcessCredentials> {
  const run = await ir.rig.cli(runs, home, ['aws-credentials', name], { tokensOnStdout: true });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as ProcessCredentials;
}

describe('aws-credentials', () => {
  it('prints credential_process JSON, then serves it from the keychain without a request', async () => {
    const home = await newHome();
    const pool = ir.newPool();
    await ir.signedInProfile(runs, home, 'dev', ['--identity-pool-id', pool]);
    const id = await ir.profileId(runs, home, 'dev');
    const [getIds, gets] = [count('GetId'), count('GetCredentialsForIdentity')];

    const first = await awsCredentials(home, 'dev');
    const issued = lastIssued();
    expect(first).toEqual({
      Version: 1,
      AccessKeyId: issued.accessKeyId,
      SecretAccessKey: issued.secretKey,
      SessionToken: issued.sessionToken,
      Expiration: new Date(issued.expiration * 1000).toISOString(),
    });
    expect(issued.roleArn).toBe(ROLES.authenticated);
    expect([count('GetId'), count('GetCredentialsForIdentity')]).toEqual([getIds + 1, gets + 1]);
    const call = ir.double.calls.at(-1);
    expect(Object.keys(call?.body.Logins as object)).toEqual([
      `cognito-idp.us-east-1.amazonaws.com/${ir.rig.poolId}`,
    ]);

    expect(await awsCredentials(home, 'dev')).toEqual(first);
    expect([count('GetId'), count('GetCredentialsForIdentity')]).toEqual([getIds + 1, gets + 1]);
    const items = await ir.rig.vaultItems(id, AWS_CREDENTIAL_KINDS);
    expect(items.slice(0, 3)).toEqual([issued.accessKeyId, issued.secretKey, issued.sessionToken]);

    // Removing the profile forgets the cached set with every other item.
    const removed = await ir.rig.cli(runs, home, ['profiles', 'remove', 'dev']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(await ir.rig.vaultItems(id, AWS_CREDENTIAL_KINDS)).toEqual([null, null, null, null]);
  });

  it('fetches a new set once the cached one is within five minutes of expiry, keeping the identity', async () => {
    const home = await newHome();
    // Credentials that live four minutes are due at once: every call renews them.
    const pool = ir.newPool({ credentialsSeconds: 240 });
    await ir.signedInProfile(runs, home, 'short', ['--identity-pool-id', pool]);
    const getIds = count('GetId');
    const first = await awsCredentials(home, 'short');
    const second = await awsCredentials(home, 'short');
    expect(second.AccessKeyId).not.toBe(first.AccessKeyId);
    expect(second.AccessKeyId).toBe(lastIssued().accessKeyId);
    // The identity id lives in the store: GetId runs once per user.
    expect(count('GetId')).toBe(getIds + 1);
    const identities = new Set(ir.double.issued.slice(-2).map((i) => i.identityId));
    expect(identities.size).toBe(1);
  });

  it('asks for the profile role and says in one sentence what each refusal means', async () => {
    const home = await newHome();
    const pool = ir.newPool();
    await ir.signedInProfile(runs, home, 'admin', [
      '--identity-pool-id',
      pool,
      '--role-arn',
      ROLES.admin,
    ]);
    await awsCredentials(home, 'admin');
    expect(lastIssued().roleArn).toBe(ROLES.admin);

    // One signed-in profile pointed at each wrong set-up in turn (an edit keeps the session).
    const cases: [string, string[], RegExp][] = [
      [
        'untrusted',
        ['--identity-pool-id', ir.newPool({ providers: [] }), '--role-arn', ''],
        /does not trust this user pool and app client/,
      ],
      [
        'no role',
        ['--identity-pool-id', ir.newPool({ authenticatedRoleArn: undefined })],
        /has no authenticated role/,
      ],
      [
        'role refused',
        ['--identity-pool-id', pool, '--role-arn', ROLES.untrusting],
        /refused role arn:aws:iam::123456789012:role\/TrustsNobody/,
      ],
      [
        'another region',
        ['--identity-pool-id', pool.replace(/^us-east-1/, 'eu-west-1'), '--role-arn', ''],
        /was not found in eu-west-1/,
      ],
    ];
    for (const [what, flags, sentence] of cases) {
      const edit = await ir.rig.cli(runs, home, ['profiles', 'edit', 'admin', ...flags]);
      expect(edit.code, edit.stderr).toBe(0);
      const run = await ir.rig.cli(runs, home, ['aws-credentials', 'admin']);
      expect(run.code, what).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n'), what).toHaveLength(1);
      expect(run.stderr, what).toMatch(sentence);
    }
  });

  it('retries throttling, then says so', async () => {
    const home = await newHome();
    await ir.signedInProfile(runs, home, 'busy', ['--identity-pool-id', ir.newPool()]);
    ir.double.throttleNext(1);
    await awsCredentials(home, 'busy');
    const edit = await ir.rig.cli(runs, home, [
      'profiles',
      'edit',
      'busy',
      '--role-arn',
      ROLES.admin,
    ]);
    expect(edit.code, edit.stderr).toBe(0);
    ir.double.throttleNext(3);
    const run = await ir.rig.cli(runs, home, ['aws-credentials', 'busy']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/throttling requests for identity pool .* after 3 attempts/);
  });

  it('exits non-zero with one sentence once signed out, and the keychain forgot the credentials', async () => {
    const home = await newHome();
    await ir.signedInProfile(runs, home, 'gone', ['--identity-pool-id', ir.newPool()]);
    const id = await ir.profileId(runs, home, 'gone');
    await awsCredentials(home, 'gone');
    const logout = await ir.rig.cli(runs, home, ['logout', 'gone']);
    expect(logout.code, logout.stderr).toBe(0);
    expect(await ir.rig.vaultItems(id, AWS_CREDENTIAL_KINDS)).toEqual([null, null, null, null]);
    const run = await ir.rig.cli(runs, home, ['aws-credentials', 'gone']);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not signed in/);
  });
});

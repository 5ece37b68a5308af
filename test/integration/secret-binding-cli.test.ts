// A client secret is bound to the host and client it was given for: a `profiles edit` that moves
// a profile to another domain, endpoint, pool or client drops it, so the next `token` or `login`
// sends nothing of it to the new host (a capture server records what arrives) and says why.
// Built cognito-tokens in child processes, a real gnome-keyring, the strict Cognito double.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { m2mPool } from '../support/cognito-double/test-pools';
import { startCaptureServer, secretUses, type CaptureServer } from '../support/capture-server';
import { startKeyring, type KeyringSession } from '../support/keyring';
import { expectNoLeaks, findLeaks, RunLog } from '../support/leak-check';
import { ensureCliBuilt, runCli } from '../support/run-cli';
import { useDouble } from '../support/use-double';

const M2M_POOL = 'eu-west-1_Machines2';
const M2M = { clientId: 'bound7m2m7client', clientSecret: 'bound-m2m-secret-0123456789abcdef' };
const NEW_SECRET = 'bound-new-secret-fedcba9876543210';
const SECRET_POOL = 'eu-west-1_Bound1';
const SECRET_CLIENT = {
  clientId: 'bound7secret7client',
  clientSecret: 'bound-pool-secret-0a1b2c3d4e5f',
};

let capture: CaptureServer;
let keyring: KeyringSession;
const homes: string[] = [];
const runs = new RunLog();

const double = useDouble([
  m2mPool(M2M_POOL, M2M, ['orders/read']),
  {
    userPoolId: SECRET_POOL,
    clients: [SECRET_CLIENT],
    users: [{ username: 'gina', password: 'Gina-Pass1' }],
  },
]);

beforeAll(async () => {
  await ensureCliBuilt();
  [capture, keyring] = await Promise.all([startCaptureServer(), startKeyring()]);
  runs.track('m2m client secret', M2M.clientSecret);
  runs.track('pool client secret', SECRET_CLIENT.clientSecret);
  runs.track('password', 'Gina-Pass1');
});
afterAll(async () => {
  await expectNoLeaks(runs, homes);
  await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  await Promise.all([capture.close(), keyring.stop()]);
});

async function newHome(): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'ctm-bound-'));
  homes.push(home);
  return home;
}

async function cli(home: string, args: string[], env: Record<string, string> = {}, tokens = false) {
  const run = await runCli(args, {
    env: { ...keyring.env, COGNITO_TOKEN_MANAGER_HOME: home, ...env },
    timeoutMs: 30_000,
  });
  return runs.record(args.slice(0, 3).join(' '), run, { tokensOnStdout: tokens });
}

/** Adds the M2M profile "bot" with its managed login at `domain` and the client secret given. */
function addBot(home: string, domain: string, secret: string) {
  return cli(
    home,
    ['profiles', 'add', 'bot', '--sign-in', 'client-credentials', '--domain', domain]
      .concat(['--pool-id', M2M_POOL, '--client-id', M2M.clientId, '--endpoint', double.endpoint])
      .concat(['--client-secret-env', 'M2M_SECRET']),
    { M2M_SECRET: secret },
  );
}

/** What reached the capture server since `from`: no use of a secret, and no secret itself. */
function expectNothingSecretSince(from: number): void {
  const arrived = capture.requests.slice(from);
  expect(secretUses(arrived)).toEqual([]);
  const text = arrived.map((r) => `${JSON.stringify(r.headers)}\n${r.body}`).join('\n');
  expect(findLeaks([{ where: 'the capture server', text }], runs.secrets)).toEqual([]);
}

describe('an M2M profile moved to another domain', () => {
  it('drops its client secret: token sends no Basic auth there and says why', async () => {
    const home = await newHome();
    const add = await addBot(home, double.endpoint, M2M.clientSecret);
    expect(add.code, add.stderr).toBe(0);
    const first = await cli(home, ['token', 'bot'], {}, true);
    expect(first.code, first.stderr).toBe(0);
    runs.track('m2m access token', first.stdout.trim());

    const edit = await cli(home, ['profiles', 'edit', 'bot', '--domain', capture.url]);
    expect(edit.code, edit.stderr).toBe(0);
    const from = capture.requests.length;
    const token = await cli(home, ['token', 'bot']);
    expectNothingSecretSince(from);
    expect(edit.stderr).toMatch(/client secret .*removed/i);
    expect(edit.stderr).toMatch(/domain/);
    expect(edit.stderr).toMatch(/--client-secret-env/);
    expect(token.code).not.toBe(0);
    expect(token.stdout).toBe('');
    expect(token.stderr).toMatch(/client secret/i);
    expect(token.stderr).toMatch(/domain changed/);

    // A secret given for the new host is the user's choice: it is used there.
    const again = await cli(
      home,
      ['profiles', 'edit', 'bot', '--client-secret-env', 'NEW_SECRET'],
      { NEW_SECRET },
    );
    expect(again.code, again.stderr).toBe(0);
    const withNew = await cli(home, ['token', 'bot']);
    expect(withNew.code).not.toBe(0);
    const basic = capture.requests.slice(from).map((r) => r.headers.authorization ?? '');
    expect(basic.some((h) => h.startsWith('Basic '))).toBe(true);
    const decoded = basic.map((h) => Buffer.from(h.replace(/^Basic /, ''), 'base64').toString());
    expect(decoded.join(' ')).not.toContain(M2M.clientSecret);
  });

  it('keeps the secret when the same edit supplies a new one', async () => {
    const home = await newHome();
    const add = await addBot(home, capture.url, NEW_SECRET);
    expect(add.code, add.stderr).toBe(0);
    const edit = await cli(
      home,
      ['profiles', 'edit', 'bot', '--domain', double.endpoint, '--client-secret-env', 'M2M_SECRET'],
      { M2M_SECRET: M2M.clientSecret },
    );
    expect(edit.code, edit.stderr).toBe(0);
    expect(edit.stderr).not.toMatch(/removed/);
    const token = await cli(home, ['token', 'bot'], {}, true);
    expect(token.code, token.stderr).toBe(0);
    runs.track('m2m access token 2', token.stdout.trim());
  });
});

describe('a password profile moved to another endpoint', () => {
  it('drops its client secret: login sends no SECRET_HASH there and says why', async () => {
    const home = await newHome();
    const add = await cli(
      home,
      [
        'profiles',
        'add',
        'gina',
        '--pool-id',
        SECRET_POOL,
        '--client-id',
        SECRET_CLIENT.clientId,
        '--username',
        'gina',
        '--endpoint',
        double.endpoint,
        '--client-secret-env',
        'POOL_SECRET',
      ],
      { POOL_SECRET: SECRET_CLIENT.clientSecret },
    );
    expect(add.code, add.stderr).toBe(0);
    const login = await cli(home, ['login', 'gina', '--password-env', 'PW'], { PW: 'Gina-Pass1' });
    expect(login.code, login.stderr).toBe(0);

    const edit = await cli(home, ['profiles', 'edit', 'gina', '--endpoint', capture.url]);
    expect(edit.code, edit.stderr).toBe(0);
    const client = await cli(home, ['profiles', 'edit', 'gina', '--client-id', 'another7client']);
    expect(client.code, client.stderr).toBe(0);
    const from = capture.requests.length;
    const again = await cli(home, ['login', 'gina', '--password-env', 'PW'], { PW: 'Gina-Pass1' });
    expectNothingSecretSince(from);
    expect(edit.stderr).toMatch(/client secret .*removed/i);
    expect(edit.stderr).toMatch(/endpoint/);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/client secret/i);
    expect(again.stderr).toMatch(/endpoint and app client changed/);
  });
});

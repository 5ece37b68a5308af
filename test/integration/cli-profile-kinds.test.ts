// cognito-tokens profiles with the three sign-in kinds, each command a child process over a
// fresh data folder and no keychain (nothing here signs in): add, list, edit across kinds,
// bad values with the schema's sentence (exit 2), export and import. The M2M client secret
// must appear in no output and no file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, expectFailure, expectNoLeaks, runCli } from '../support/run-cli';

const SECRET = 'm2m-client-secret-7f3c1a';
const DOMAIN = 'https://myapp.auth.eu-west-1.amazoncognito.com';
const POOL = ['--pool-id', 'eu-west-1_AbC123'];
const homes: string[] = [];

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);
afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

function newHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'ctm-kinds-'));
  homes.push(home);
  return home;
}

/** One run in `home`, without a D-Bus session (no keychain), the secret in $CT_SECRET. */
async function cli(home: string, args: string[]) {
  const run = await runCli(args, {
    env: { COGNITO_TOKEN_MANAGER_HOME: home, CT_SECRET: SECRET },
  });
  expectNoLeaks(run, [SECRET]);
  return run;
}

/** Every file under `dir`, read as text. */
function filesText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

type Listed = Record<string, unknown> & { name: string };

async function listed(home: string): Promise<Listed[]> {
  const run = await cli(home, ['profiles', 'list', '--output', 'json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Listed[];
}

describe('profiles of every sign-in kind', () => {
  it('adds a browser and an M2M profile, lists them, and switches one to a password', async () => {
    const home = newHome();
    const web = await cli(home, [
      ...['profiles', 'add', 'web', '--sign-in', 'browser', ...POOL, '--client-id', 'web1'],
      ...['--domain', `${DOMAIN}/`, '--identity-provider', 'Google'],
    ]);
    expect(web.code, web.stderr).toBe(0);
    expect(web.stderr).toContain(
      'Added profile "web" (eu-west-1_AbC123, signs in with the browser).',
    );
    expect(web.stderr).toContain(
      'The managed login sends the browser back to http://localhost:8976/callback: it must be a callback URL of the app client (Cognito matches it exactly, port included).',
    );

    const robot = await cli(home, [
      ...['profiles', 'add', 'robot', '--sign-in', 'client-credentials', ...POOL],
      ...['--client-id', 'bot1', '--domain', DOMAIN, '--client-secret-env', 'CT_SECRET'],
      ...['--scopes', 'orders/read orders/write'],
    ]);
    expect(robot.code, robot.stderr).toBe(0);
    expect(robot.stderr).toContain('Added profile "robot" (eu-west-1_AbC123, app client (M2M)).');

    const table = await cli(home, ['profiles', 'list']);
    expect(table.stdout).toMatch(/SIGN-IN\s+USER\s+FLOW/);
    expect(table.stdout).toMatch(
      /robot\s+eu-west-1_AbC123\s+bot1\s+client-credentials\s+app client \(M2M\)\s+-/,
    );
    expect(table.stdout).toMatch(
      /web\s+eu-west-1_AbC123\s+web1\s+browser\s+signs in with the browser/,
    );
    const status = await cli(home, ['status']);
    expect(status.stdout).toMatch(/SIGN-IN\s+USER\s+STATE/);

    expect(await listed(home)).toMatchObject([
      {
        name: 'web',
        signIn: 'browser',
        domain: DOMAIN,
        scopes: ['openid', 'email', 'profile'],
        redirectUri: 'http://localhost:8976/callback',
        identityProvider: 'Google',
        active: true,
      },
      {
        name: 'robot',
        signIn: 'client-credentials',
        hasClientSecret: true,
        scopes: ['orders/read', 'orders/write'],
      },
    ]);

    const switched = await cli(home, [
      'profiles',
      'edit',
      'web',
      '--sign-in',
      'password',
      '--username',
      'ada',
    ]);
    expect(switched.code, switched.stderr).toBe(0);
    const [pw] = await listed(home);
    expect(pw).toMatchObject({ name: 'web', signIn: 'password', username: 'ada', domain: DOMAIN });
    expect(pw).not.toHaveProperty('redirectUri');
    expect(pw).not.toHaveProperty('scopes');
    expect(filesText(home)).not.toContain(SECRET);
  });

  it('refuses bad values with the schema’s sentences, named by their flags (exit 2)', async () => {
    const home = newHome();
    const bad = await cli(home, [
      ...['profiles', 'add', 'bad', '--sign-in', 'browser', ...POOL, '--client-id', 'c1'],
      ...['--domain', 'http://myapp.example.com', '--redirect-uri', 'https://localhost/cb'],
      ...['--scopes', 'openid,"quoted"'],
    ]);
    expectFailure(bad, 2, /The profile is not valid: 3 fields need fixing\./);
    expect(bad.stderr).toContain('--domain: "http://myapp.example.com" is not an https URL');
    expect(bad.stderr).toContain('--scopes: "\\"quoted\\"" is not an OAuth scope');
    expect(bad.stderr).toContain(
      '--redirect-uri: "https://localhost/cb" is not a loopback redirect URI',
    );

    const noSecret = await cli(home, [
      ...['profiles', 'add', 'bot', '--sign-in', 'client-credentials', ...POOL],
      ...['--client-id', 'c2', '--domain', DOMAIN],
    ]);
    expectFailure(noSecret, 2, /The profile is not valid: 1 field needs fixing\./);
    expect(noSecret.stderr).toContain(
      '--client-secret-env: is missing: an app client that signs in with client credentials (M2M) always has a client secret, so give it.',
    );
    const noUser = await cli(home, ['profiles', 'add', 'pw', ...POOL, '--client-id', 'c3']);
    expectFailure(noUser, 2, /The profile is not valid/);
    expect(noUser.stderr).toContain(
      '--username: is missing; a password profile signs in as a user, so give the username.',
    );
    const kind = await cli(home, [
      'profiles',
      'add',
      'x',
      '--sign-in',
      'saml',
      ...POOL,
      '--client-id',
      'c',
    ]);
    expectFailure(
      kind,
      2,
      /--sign-in must be password \(the default\), browser or client-credentials\./,
    );
    expect(await listed(home)).toEqual([]);
  });

  it('carries the kinds through export and import into another data folder', async () => {
    const home = newHome();
    await cli(home, [
      ...['profiles', 'add', 'web', '--sign-in', 'browser', ...POOL, '--client-id', 'web1'],
      ...['--domain', DOMAIN, '--redirect-uri', 'http://127.0.0.1:49152/cb'],
    ]);
    const exported = await cli(home, ['profiles', 'export']);
    expect(exported.code, exported.stderr).toBe(0);
    const file = join(newHome(), 'export.json');
    writeFileSync(file, exported.stdout);
    const other = newHome();
    const imported = await cli(other, ['profiles', 'import', file]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(await listed(other)).toMatchObject([
      { name: 'web', signIn: 'browser', domain: DOMAIN, redirectUri: 'http://127.0.0.1:49152/cb' },
    ]);
  });

  it('imports an Amplify OAuth block as a browser profile and says what to register', async () => {
    const home = newHome();
    const file = join(__dirname, '../fixtures/amplify/aws-exports.oauth.js');
    const run = await cli(home, ['profiles', 'import', file, '--name', 'gen1']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Added profile "gen1 (browser)" (eu-west-1_Gen1OAuth).');
    expect(run.stderr).toContain(
      'Note: "gen1 (browser)" uses http://localhost:8976/callback, as the file names no http://localhost redirect URI with a port: add it to the app client\'s callback URLs (Cognito matches it exactly, port included).',
    );
    expect(run.stderr).toContain('Note: No password profile was made, as no username was given');
  });

  it('says in profiles add --help that the redirect URI must be a callback URL, port included', async () => {
    const run = await runCli(['profiles', 'add', '--help']);
    expect(run.code).toBe(0);
    for (const flag of [
      '--sign-in',
      '--domain',
      '--scopes',
      '--redirect-uri',
      '--identity-provider',
    ]) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toMatch(/callback URLs: Cognito matches it exactly, port included/);
  });
});

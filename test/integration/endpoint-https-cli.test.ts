// A profile's endpoint carries the password proof, codes and refresh tokens: it must be https,
// except to an emulator on this computer (the same loopback rule as the managed-login domain).
// The built CLI in child processes, a real gnome-keyring, and a capture server standing in for
// another host: it is reached as http://0.0.0.0:PORT, which is no loopback name, so a profile
// pointed there shows what would have crossed the network in clear text.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { startKeyring, type KeyringSession } from '../support/keyring';
import { expectNoLeaks, RunLog } from '../support/leak-check';
import { ensureCliBuilt, runCli } from '../support/run-cli';

const PASSWORD = 'Plain-Text-Pass1';

let capture: CaptureServer;
let keyring: KeyringSession;
let remote: string;
const homes: string[] = [];
const runs = new RunLog();

beforeAll(async () => {
  await ensureCliBuilt();
  [capture, keyring] = await Promise.all([startCaptureServer(), startKeyring()]);
  remote = capture.url.replace('127.0.0.1', '0.0.0.0');
  runs.track('password', PASSWORD);
});
afterAll(async () => {
  await expectNoLeaks(runs, homes);
  await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  await Promise.all([capture.close(), keyring.stop()]);
});

async function newHome(): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'ctm-endpoint-'));
  homes.push(home);
  return home;
}

async function cli(home: string, args: string[], env: Record<string, string> = {}) {
  const run = await runCli(args, {
    env: { ...keyring.env, COGNITO_TOKEN_MANAGER_HOME: home, ...env },
    timeoutMs: 30_000,
  });
  return runs.record(args.slice(0, 3).join(' '), run);
}

const profileArgs = (name: string, endpoint: string) => [
  'profiles',
  'add',
  name,
  '--pool-id',
  'eu-west-1_Plain1',
  '--client-id',
  'plainclient1',
  '--username',
  'ada',
  '--flow',
  'password',
  '--endpoint',
  endpoint,
];

describe('the endpoint of a profile', () => {
  it('is https, or http only to this computer', async () => {
    const home = await newHome();
    const refused = await cli(home, profileArgs('far', `${remote}/`));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--endpoint: .*https/);
    expect(refused.stderr).toMatch(/only for an emulator on this computer/);
    for (const [name, endpoint] of [
      ['local', capture.url],
      ['named', 'http://localhost:9229'],
      ['tls', 'https://cognito-idp.eu-west-1.amazonaws.com'],
    ] as const) {
      const added = await cli(home, profileArgs(name, endpoint));
      expect(added.code, added.stderr).toBe(0);
    }
    const edit = await cli(home, ['profiles', 'edit', 'tls', '--endpoint', remote]);
    expect(edit.code).toBe(2);
    expect(edit.stderr).toMatch(/https/);
  });

  it('an import naming a plain-http endpoint elsewhere is refused, naming the profile', async () => {
    const home = await newHome();
    const file = join(home, 'export.json');
    const profile = { name: 'far away', userPoolId: 'eu-west-1_Plain1', clientId: 'plainclient1' };
    await writeFile(
      file,
      JSON.stringify({
        format: 'cognito-token-manager/profiles',
        version: 2,
        profiles: [
          { ...profile, name: 'near', username: 'ada', endpoint: capture.url },
          { ...profile, username: 'ada', endpoint: remote },
        ],
      }),
    );
    const imported = await cli(home, ['profiles', 'import', file]);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toMatch(/"far away"/);
    expect(imported.stderr).toMatch(/https/);
    const list = await cli(home, ['profiles', 'list', '--output', 'json']);
    expect(JSON.parse(list.stdout)).toEqual([]);
  });

  it('one stored before the rule is kept as it is, and refused at use with a sentence', async () => {
    const home = await newHome();
    expect((await cli(home, profileArgs('old', capture.url))).code).toBe(0);
    // As an older version stored it: the same file, the endpoint another host over plain http.
    const store = join(home, 'profiles.json');
    await writeFile(store, (await readFile(store, 'utf8')).replace(capture.url, remote));

    const listed = await cli(home, ['profiles', 'list', '--output', 'json']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ name: 'old', endpoint: remote }]);

    const from = capture.requests.length;
    const login = await cli(home, ['login', 'old', '--password-env', 'PW'], { PW: PASSWORD });
    const doctor = await cli(home, ['doctor', 'old']);
    expect(capture.requests.slice(from)).toEqual([]);
    for (const run of [login, doctor]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Profile "old" .*plain http/);
      expect(run.stderr).toMatch(/profiles edit old --endpoint https:/);
    }
    // Never rewritten behind the user's back.
    expect(await readFile(store, 'utf8')).toContain(remote);
  });
});

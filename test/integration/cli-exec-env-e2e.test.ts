// exec, env in every format, and the AWS SDK's credential_process provider, end to end: the built
// CLI over a real gnome-keyring, cognito-local and the Cognito Identity double. Each format is
// read back by the program it is for (bash, zsh, fish where installed, PowerShell where present;
// dotenv's parser; JSON), and must give back exactly what exec puts in a command's environment.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromProcess } from '@aws-sdk/credential-provider-process';
import { parse as parseDotenv } from 'dotenv';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectNoLeaks, RunLog } from '../support/leak-check';
import { startIdentityRig, type IdentityRig } from '../support/identity-rig';
import { CLI_ENTRY } from '../support/run-cli';
import { shellQuote } from '../../src/shared/token-text';
import { installed } from '../support/installed';

vi.setConfig({ testTimeout: 120_000 });

let ir: IdentityRig;
let home: string;
/** Where the test writes what it feeds to shells: not the data folder, which the leak check reads. */
let scratch: string;
const runs = new RunLog();

beforeAll(async () => {
  ir = await startIdentityRig();
  home = await ir.rig.newHome();
  scratch = await mkdtemp(join(tmpdir(), 'ctm-exec-env-'));
  await ir.signedInProfile(runs, home, 'dev', ['--identity-pool-id', ir.newPool()]);
}, 120_000);
afterAll(async () => {
  for (const issued of ir.double.issued) {
    runs.track('AWS secret access key', issued.secretKey);
    runs.track('AWS session token', issued.sessionToken);
  }
  await expectNoLeaks(runs, [home]);
  await rm(scratch, { recursive: true, force: true });
  await ir.stop();
});

/** What a child sees: the variables exec set (not the data folder's), as the child prints them. */
const PRINT_ENV = `const names = Object.keys(process.env).filter((n) => /^(COGNITO|AWS)_/.test(n) && n !== 'COGNITO_TOKEN_MANAGER_HOME');
process.stdout.write(JSON.stringify(Object.fromEntries(names.map((n) => [n, process.env[n]]))));
process.exitCode = 7;`;

/** A command that says when it is ready, and exits 42 on SIGTERM. */
const TRAP_TERM = `process.on('SIGTERM', () => { process.stdout.write('got SIGTERM\\n'); process.exit(42); });
process.stdout.write('ready\\n'); setInterval(() => {}, 1000);`;

async function execVariables(): Promise<Record<string, string>> {
  const run = await ir.rig.cli(runs, home, ['exec', 'dev', '--', 'node', '-e', PRINT_ENV], {
    tokensOnStdout: true,
  });
  // The child's exit code is exec's.
  expect(run.code, run.stderr).toBe(7);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, string>;
}

describe('exec', () => {
  it('gives the command the tokens and AWS credentials, and passes its exit code on', async () => {
    const seen = await execVariables();
    const issued = ir.double.issued.at(-1);
    expect(seen).toMatchObject({
      COGNITO_PROFILE: 'dev',
      COGNITO_USER_POOL_ID: ir.rig.poolId,
      COGNITO_REGION: 'us-east-1',
      COGNITO_USERNAME: ir.lastUsername(),
      AWS_ACCESS_KEY_ID: issued?.accessKeyId,
      AWS_SECRET_ACCESS_KEY: issued?.secretKey,
      AWS_SESSION_TOKEN: issued?.sessionToken,
      AWS_REGION: 'us-east-1',
    });
    expect(seen.COGNITO_SUB).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.COGNITO_ID_TOKEN?.split('.')).toHaveLength(3);
    expect(Object.keys(seen)).not.toContain('COGNITO_REFRESH_TOKEN');
    runs.track('id token', seen.COGNITO_ID_TOKEN);
    runs.track('access token', seen.COGNITO_ACCESS_TOKEN);
  });

  it('passes a signal sent to it on to the command', async () => {
    const child = spawn(
      process.execPath,
      [CLI_ENTRY, 'exec', 'dev', '--', 'node', '-e', TRAP_TERM],
      {
        env: {
          ...ir.rig.keyring.env,
          PATH: process.env.PATH ?? '',
          COGNITO_TOKEN_MANAGER_HOME: home,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const ended = new Promise<number | null>((resolve) => child.once('close', resolve));
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('ready')) resolve();
      });
    });
    child.kill('SIGTERM');
    expect(await ended).toBe(42);
    expect(stdout).toBe('ready\ngot SIGTERM\n');
  });

  it('refuses to run without a command after --', async () => {
    for (const args of [
      ['exec', 'dev'],
      ['exec', 'dev', '--'],
    ]) {
      const run = await ir.rig.cli(runs, home, args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/exec needs a command after --/);
    }
  });

  it('says when the command cannot be found', async () => {
    const run = await ir.rig.cli(runs, home, ['exec', 'dev', '--', 'no-such-command-ctm']);
    expect(run.code).toBe(127);
    expect(run.stderr).toMatch(/Cannot run no-such-command-ctm: command not found/);
  });
});

describe('env --format', () => {
  async function env(format: string): Promise<string> {
    const run = await ir.rig.cli(runs, home, ['env', 'dev', '--format', format], {
      tokensOnStdout: true,
    });
    expect(run.code, run.stderr).toBe(0);
    return run.stdout;
  }

  /** Runs a shell on the lines, then prints each variable back, NUL-separated. */
  function readBack(
    shell: string,
    lines: string,
    names: string[],
    script: (file: string) => string,
  ) {
    const file = join(scratch, `vars.${shell}`);
    return writeFile(file, lines).then(() =>
      execFileSync(shell, ['-c', script(file)], { encoding: 'utf8' })
        .split('\0')
        .slice(0, -1)
        .map((value, i) => [names[i], value]),
    );
  }

  it('is read back by each shell, a .env parser and JSON as exactly what exec sets', async () => {
    const expected = await execVariables();
    const names = Object.keys(expected);
    const json = JSON.parse(await env('json')) as Record<string, string>;
    expect(json).toEqual(expected);
    expect(parseDotenv(await env('dotenv'))).toEqual(expected);
    const cmd = (await env('cmd')).split('\r\n').filter(Boolean);
    expect(
      Object.fromEntries(cmd.map((l) => /^set "([^=]+)=(.*)"$/.exec(l)?.slice(1) ?? [])),
    ).toEqual(expected);

    const posix = (file: string) =>
      `. ${shellQuote(file)}; printf '%s\\0' ${names.map((n) => `"$${n}"`).join(' ')}`;
    const sh = await env('sh');
    for (const shell of ['bash', ...(installed('zsh') ? ['zsh'] : [])]) {
      expect(Object.fromEntries(await readBack(shell, sh, names, posix)), shell).toEqual(expected);
    }
    if (installed('fish')) {
      const fish = (file: string) =>
        `source ${shellQuote(file)}; printf '%s\\0' ${names.map((n) => `$${n}`).join(' ')}`;
      expect(Object.fromEntries(await readBack('fish', await env('fish'), names, fish))).toEqual(
        expected,
      );
    }
    if (installed('pwsh')) {
      const ps = (file: string) =>
        `. ${shellQuote(file)}; ${names.map((n) => `[Console]::Write($Env:${n} + [char]0)`).join('; ')}`;
      expect(
        Object.fromEntries(await readBack('pwsh', await env('powershell'), names, ps)),
      ).toEqual(expected);
    }
  });
});

describe('COGNITO_PROFILE and machine-readable output', () => {
  it('picks the profile for one run while the active one stays, and token and status give values', async () => {
    const pool = ['--pool-id', ir.rig.poolId, '--client-id', ir.rig.clientId];
    const other = await ir.rig.cli(runs, home, [
      'profiles',
      'add',
      'other',
      ...pool,
      '--username',
      'x',
    ]);
    expect(other.code, other.stderr).toBe(0);
    expect((await ir.rig.cli(runs, home, ['use', 'other'])).code).toBe(0);
    const run = await ir.rig.cli(runs, home, ['token', '--output', 'json'], {
      env: { COGNITO_PROFILE: 'dev' },
      tokensOnStdout: true,
    });
    expect(run.code, run.stderr).toBe(0);
    const token = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(token).toMatchObject({
      profile: 'dev',
      state: 'signed-in',
      username: ir.lastUsername(),
    });
    expect(token.secondsLeft).toBeGreaterThan(60);
    expect(new Date(String(token.expiresAt)).toISOString()).toBe(token.expiresAt);
    expect(token).not.toHaveProperty('refreshToken');

    const status = await ir.rig.cli(runs, home, ['status', '--output', 'json'], {
      env: { COGNITO_PROFILE: 'dev' },
    });
    expect(status.code, status.stderr).toBe(0);
    const rows = JSON.parse(status.stdout) as Record<string, unknown>[];
    const dev = rows.find((row) => row.name === 'dev');
    expect(dev).toMatchObject({ state: 'signed-in', username: ir.lastUsername(), active: false });
    expect(dev?.secondsLeft).toBeGreaterThan(60);
    expect(rows.find((row) => row.name === 'other')).toMatchObject({
      state: 'signed-out',
      active: true,
      expiresAt: null,
      secondsLeft: null,
    });
    const unknown = await ir.rig.cli(runs, home, ['token'], { env: { COGNITO_PROFILE: 'nope' } });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/nope/);
    // Back, so the other journeys here find dev active.
    expect((await ir.rig.cli(runs, home, ['use', 'dev'])).code).toBe(0);
  });
});

describe('credential_process', () => {
  it("lets the AWS SDK for JavaScript's fromProcess load the profile's credentials", async () => {
    const config = join(scratch, 'aws-config');
    const credentials = join(scratch, 'aws-credentials');
    const variables: Record<string, string | undefined> = {
      ...ir.rig.keyring.env,
      COGNITO_TOKEN_MANAGER_HOME: home,
    };
    const assignments = Object.entries(variables)
      .flatMap(([name, value]) => (value === undefined ? [] : [[name, value] as const]))
      .map(([name, value]) => `${name}=${shellQuote(value)}`)
      .join(' ');
    const command = `env ${assignments} ${shellQuote(process.execPath)} ${shellQuote(CLI_ENTRY)} aws-credentials dev`;
    await writeFile(config, `[profile cognito-dev]\ncredential_process = ${command}\n`);
    await writeFile(credentials, '');
    const loaded = await fromProcess({
      profile: 'cognito-dev',
      configFilepath: config,
      filepath: credentials,
    })();
    const issued = ir.double.issued.at(-1);
    expect(loaded).toMatchObject({
      accessKeyId: issued?.accessKeyId,
      secretAccessKey: issued?.secretKey,
      sessionToken: issued?.sessionToken,
    });
    expect(loaded.expiration?.getTime()).toBe((issued?.expiration ?? 0) * 1000);
  });
});

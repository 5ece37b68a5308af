// cognito-tokens as a child process, for everything decided before or without a Cognito peer:
// help, argument errors (exit 2), and an unreachable endpoint (exit 4).
import { createServer } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, expectFailure, expectNoLeaks, runCli } from '../support/run-cli';

const PASSWORD = 'Arg-Test-Pass-1!';
const POOL = ['--pool-id', 'us-east-2_AbC123', '--client-id', 'client123', '--username', 'ada'];

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

/** A port on 127.0.0.1 that was free a moment ago and has no listener now. */
async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

describe('cognito-tokens help', () => {
  it('--help prints the commands on stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: cognito-tokens <command>/);
    expect(run.stdout).toContain('login');
    expect(run.stderr).toBe('');
  });

  it('login --help lists every flag and the exit codes', async () => {
    const run = await runCli(['login', '--help']);
    expect(run.code).toBe(0);
    for (const flag of [
      '--pool-id',
      '--client-id',
      '--password-env',
      '--client-secret-env',
      '--mfa-code-env',
      '--print',
    ]) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toContain('Exit codes');
  });

  it('logout --help lists every flag, each once, and what --global does to the device', async () => {
    const run = await runCli(['logout', '--help']);
    expect(run.code).toBe(0);
    const flagLines = run.stdout.split('\n').filter((line) => /^ {2}--/.test(line));
    expect(flagLines.map((line) => line.trim().split(/\s/)[0])).toEqual([
      '--global',
      '--browser',
      '--no-browser',
      '--timeout',
    ]);
    expect(run.stdout).toContain('ForgetDevice');
    // A merge once left its conflict markers inside this text.
    expect(run.stdout).not.toMatch(/^(<{7}|={7}|>{7})/m);
  });

  it('no command prints the usage on stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: cognito-tokens');
  });
});

describe('cognito-tokens login: bad input exits 2', () => {
  const env = { CT_PW: PASSWORD };

  it.each([
    [
      'missing --pool-id',
      ['login', '--client-id', 'c', '--username', 'u'],
      /--pool-id is required/,
    ],
    [
      'a malformed pool id',
      [
        'login',
        '--pool-id',
        'not-a-pool',
        '--client-id',
        'c',
        '--username',
        'u',
        '--password-env',
        'CT_PW',
      ],
      /user pool id must look like/,
    ],
    [
      'a bad --print value',
      ['login', ...POOL, '--print', 'everything'],
      /--print must be id, access or refresh/,
    ],
    ['an unknown flag', ['login', ...POOL, '--colour'], /Unknown flag --colour/],
    ['a bad --flow', ['login', ...POOL, '--flow', 'magic'], /--flow must be srp/],
    [
      '--output and --print together',
      ['login', ...POOL, '--output', 'json', '--print', 'id'],
      /either --output or --print/,
    ],
    ['a stray positional', ['login', ...POOL, 'extra'], /takes only flags/],
    ['an unknown command', ['logon'], /Unknown command "logon"/],
  ])('%s', async (_name, args, sentence) => {
    const run = await runCli(args, { env });
    expectFailure(run, 2, sentence);
    expectNoLeaks(run, [PASSWORD]);
  });

  it.each([
    ['--password', '--password-env'],
    ['--client-secret', '--client-secret-env'],
    ['--new-password', '--new-password-env'],
    ['--mfa-code', '--mfa-code-env'],
  ])('%s on the command line is refused without repeating its value', async (flag, instead) => {
    for (const args of [[flag, PASSWORD], [`${flag}=${PASSWORD}`]]) {
      const run = await runCli(['login', ...POOL, ...args]);
      expectFailure(run, 2, new RegExp(`${flag} is not accepted.*${instead}`));
      expectNoLeaks(run, [PASSWORD]);
    }
  });

  it('an -env flag given the secret itself is refused without repeating it', async () => {
    const run = await runCli(['login', ...POOL, '--password-env', PASSWORD]);
    expectFailure(run, 2, /--password-env takes the name of an environment variable/);
    expectNoLeaks(run, [PASSWORD]);
  });

  it('an -env flag holding what may be a pasted secret is not repeated even when unset', async () => {
    const run = await runCli(['login', ...POOL, '--password-env', 'hunter2secret']);
    expectFailure(
      run,
      2,
      /named by --password-env is not set or is empty; give it the variable's name/,
    );
    expectNoLeaks(run, ['hunter2secret']);
  });

  it('an -env flag naming an unset variable names the variable and the flag', async () => {
    const run = await runCli(['login', ...POOL, '--password-env', 'CT_NOT_SET']);
    expectFailure(
      run,
      2,
      /The environment variable CT_NOT_SET \(named by --password-env\) is not set/,
    );
  });

  it('without a terminal and without --password-env, names the flag to use', async () => {
    const run = await runCli(['login', ...POOL], { stdin: `${PASSWORD}\n` });
    expectFailure(run, 2, /stdin is not a terminal.*--password-env VAR/);
    expectNoLeaks(run, [PASSWORD]);
  });

  it('--client-secret-prompt without a terminal names --client-secret-env', async () => {
    const run = await runCli(
      ['login', ...POOL, '--password-env', 'CT_PW', '--client-secret-prompt'],
      { env },
    );
    expectFailure(run, 2, /client secret cannot be prompted for; pass --client-secret-env VAR/);
  });

  it('a region that contradicts the pool id', async () => {
    const run = await runCli(
      ['login', ...POOL, '--region', 'eu-west-1', '--password-env', 'CT_PW'],
      { env },
    );
    expectFailure(run, 2, /region eu-west-1 contradicts/);
  });
});

describe('cognito-tokens login: network failures exit 4', () => {
  it('an endpoint on a closed port', async () => {
    const port = await closedPort();
    const args = [
      'login',
      ...POOL,
      '--endpoint',
      `http://127.0.0.1:${port}`,
      '--password-env',
      'CT_PW',
      '--timeout',
      '2',
    ];
    const run = await runCli(args, { env: { CT_PW: PASSWORD } });
    expectFailure(run, 4);
    expectNoLeaks(run, [PASSWORD]);
  });

  it('with COGNITO_TOKENS_DEBUG=1 it still prints no secret', async () => {
    const port = await closedPort();
    const args = [
      'login',
      ...POOL,
      '--endpoint',
      `http://127.0.0.1:${port}`,
      '--password-env',
      'CT_PW',
      '--timeout',
      '2',
    ];
    const run = await runCli(args, { env: { CT_PW: PASSWORD, COGNITO_TOKENS_DEBUG: '1' } });
    expect(run.code).toBe(4);
    expect(run.stderr + run.stdout).not.toContain(PASSWORD);
  });
});

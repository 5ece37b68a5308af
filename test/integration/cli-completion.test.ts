// Shell completion, --version and help COMMAND, with the built CLI: each script passes its shell's
// syntax check where the shell is installed, and completes commands, flags and profile names,
// which come from the profile file with no keychain in reach (no D-Bus session at all).
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, ensureCliBuilt, runCli } from '../support/run-cli';
import { shellQuote } from '../../src/shared/token-text';
import { installed } from '../support/installed';

let home: string;
let bin: string;
const scripts: Record<string, string> = {};

async function cli(args: string[]) {
  return runCli(args, { env: { COGNITO_TOKEN_MANAGER_HOME: home } });
}

beforeAll(async () => {
  await ensureCliBuilt();
  home = await mkdtemp(join(tmpdir(), 'ctm-completion-'));
  bin = join(home, 'bin');
  await mkdir(bin);
  // The scripts call cognito-tokens by name, as an installed CLI is called.
  const wrapper = `#!/bin/sh\nCOGNITO_TOKEN_MANAGER_HOME=${shellQuote(home)} exec ${shellQuote(process.execPath)} ${shellQuote(CLI_ENTRY)} "$@"\n`;
  await writeFile(join(bin, 'cognito-tokens'), wrapper);
  await chmod(join(bin, 'cognito-tokens'), 0o755);
  for (const name of ['dev', 'staging']) {
    const pool = ['--pool-id', 'eu-west-1_Pool1', '--client-id', 'client1'];
    const added = await cli(['profiles', 'add', name, ...pool, '--username', 'ada']);
    expect(added.code, added.stderr).toBe(0);
  }
  for (const shell of ['bash', 'zsh', 'fish']) {
    const run = await cli(['completion', shell]);
    expect(run.code, run.stderr).toBe(0);
    scripts[shell] = join(home, `completion.${shell}`);
    await writeFile(scripts[shell], run.stdout);
  }
}, 60_000);
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

/** Runs a shell with the wrapper first on PATH and no D-Bus session. */
function shellOut(shell: string, script: string): string[] {
  const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: home };
  return execFileSync(shell, ['-c', script], { encoding: 'utf8', env })
    .split('\n')
    .map((line) => line.split('\t')[0] ?? '')
    .filter(Boolean);
}

describe('completion', () => {
  it('lists profile names from the profile file, without a keychain', async () => {
    const run = await cli(['completion', '--profiles']);
    expect(run).toMatchObject({ code: 0, stdout: 'dev\nstaging\n', stderr: '' });
  });

  it.each(['bash', 'zsh', 'fish'].filter(installed))(
    'writes a %s script that passes the syntax check',
    (shell) => {
      execFileSync(shell, ['-n', scripts[shell] ?? '']);
    },
  );

  it('completes commands, subcommands, flags and profile names in bash', () => {
    const complete = (words: string[]) =>
      shellOut(
        'bash',
        `source ${shellQuote(scripts.bash ?? '')}; COMP_WORDS=(${words.map(shellQuote).join(' ')}); COMP_CWORD=${words.length - 1}; _cognito_tokens; printf '%s\\n' "\${COMPREPLY[@]}"`,
      );
    expect(complete(['cognito-tokens', 'aws'])).toEqual(['aws-credentials']);
    expect(complete(['cognito-tokens', 'profiles', 'e'])).toEqual(['edit', 'export']);
    expect(complete(['cognito-tokens', 'env', '--fo'])).toEqual(['--format']);
    expect(complete(['cognito-tokens', 'exec', ''])).toEqual(['dev', 'staging']);
    expect(complete(['cognito-tokens', 'profiles', 'edit', 'st'])).toEqual(['staging']);
    expect(complete(['cognito-tokens', 'exec', 'dev', '--', ''])).toEqual([]);
  });

  it.skipIf(!installed('zsh'))('completes profile names and flags in zsh', () => {
    const complete = (words: string[]) =>
      shellOut(
        'zsh',
        `compadd() { [[ $1 == -- ]] && shift; print -l -- "$@"; }; compdef() {}; source ${shellQuote(scripts.zsh ?? '')}; words=(${words.map(shellQuote).join(' ')}); CURRENT=${words.length}; _cognito_tokens`,
      );
    expect(complete(['cognito-tokens', 'token', ''])).toEqual(['dev', 'staging']);
    expect(complete(['cognito-tokens', 'password', ''])).toEqual(['forgot', 'change']);
    expect(complete(['cognito-tokens', 'aws-credentials', '-'])).toContain('--timeout');
  });

  it.skipIf(!installed('fish'))('completes profile names and flags in fish', () => {
    const complete = (line: string) =>
      shellOut('fish', `source ${shellQuote(scripts.fish ?? '')}; complete -C ${shellQuote(line)}`);
    expect(complete('cognito-tokens token ')).toEqual(['dev', 'staging']);
    expect(complete('cognito-tokens env --for')).toEqual(['--format']);
    expect(complete('cognito-tokens aws-')).toEqual(['aws-credentials']);
  });
});

describe('--version and help COMMAND', () => {
  it('prints the version of package.json', async () => {
    const manifest = JSON.parse(
      await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const { version } = manifest;
    expect(await cli(['--version'])).toMatchObject({
      code: 0,
      stdout: `cognito-tokens ${version}\n`,
    });
  });

  it("prints a command's own help, and refuses an unknown one", async () => {
    const run = await cli(['help', 'login']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: cognito-tokens login/);
    const unknown = await cli(['help', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "nope"/);
  });
});

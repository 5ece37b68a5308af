// `<command> --help` is answered by runCli from the command's own help, for every command and
// subcommand of the real table, before any flag is read or any file or keychain is touched.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/command-table';
import { requestedHelp } from '../../src/cli/help-request';
import { runScripted } from '../support/scripted-terminal';

const home = mkdtempSync(join(tmpdir(), 'ctm-help-'));
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

const cli = (argv: string[]) => runScripted(argv, { COGNITO_TOKEN_MANAGER_HOME: home });

const command = (name: string) => {
  const found = COMMANDS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no command ${name}`);
  return found;
};

describe('<command> --help', () => {
  it.each(COMMANDS.map((c) => [c.name]))('%s --help and -h print its own help', async (name) => {
    for (const flag of ['--help', '-h']) {
      const run = await cli([name, flag]);
      expect(run).toEqual({ code: 0, stdout: command(name).help, stderr: '' });
    }
  });

  it('answers each subcommand with its own help, and `help` with the command’s', async () => {
    for (const parent of COMMANDS.filter((c) => c.subcommands)) {
      for (const sub of parent.subcommands ?? []) {
        expect((await cli([parent.name, sub.name, '--help'])).stdout).toBe(sub.help);
      }
      expect((await cli([parent.name, 'help'])).stdout).toBe(parent.help);
    }
    expect(command('profiles').subcommands?.find((s) => s.name === 'add')?.help).toMatch(
      /^Usage: cognito-tokens profiles add/,
    );
  });

  it('gives the help a person asked for even beside a mistyped flag or a missing profile', async () => {
    const run = await cli(['token', 'no-such-profile', '--acess', '--help']);
    expect(run).toEqual({ code: 0, stdout: command('token').help, stderr: '' });
    // Nothing was read or written for it: no store file, no log.
    expect(readdirSync(home)).toEqual([]);
  });

  it('leaves the words after exec’s -- to the command it runs', () => {
    const exec = command('exec');
    expect(requestedHelp(exec, ['dev', '--', 'aws', 's3', 'ls', '--help'])).toBeUndefined();
    expect(requestedHelp(exec, ['dev', '--help', '--', 'aws'])).toBe(exec.help);
    expect(requestedHelp(command('token'), ['dev'])).toBeUndefined();
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoLeaks, filesUnder, findLeaks, RunLog } from '../support/leak-check';
import type { CliRun } from '../support/run-cli';

const SECRET = 'Pa$$ "word"/1';
const run = (stdout: string, stderr = ''): CliRun => ({ code: 0, stdout, stderr, timedOut: false });
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function home(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctm-leak-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('the leak check', () => {
  it('finds a secret raw, URI-encoded or JSON-escaped, in files at any depth', async () => {
    const dir = home({
      'profiles.json': '{}',
      'logs/app.log': `x ${encodeURIComponent(SECRET)} y`,
      'profiles.json.corrupt-1.bak': JSON.stringify({ label: SECRET }),
    });
    const leaks = findLeaks(await filesUnder(dir), [{ label: 'pw', value: SECRET }]);
    expect(leaks.sort()).toEqual([
      'pw in file logs/app.log',
      'pw in file profiles.json.corrupt-1.bak',
    ]);
  });

  it('skips only the stdout of runs that asked for tokens', async () => {
    const runs = new RunLog();
    runs.track('token', 'eyJtoken.value.x');
    runs.record('asked', run('eyJtoken.value.x\n'), { tokensOnStdout: true });
    await expectNoLeaks(runs, [home({ 'profiles.json': '{}' })]);
    runs.record('not asked', run('', 'oops eyJtoken.value.x'));
    expect(findLeaks(runs.captures, runs.secrets)).toEqual(['token in stderr of not asked']);
  });

  it('refuses to run with nothing tracked or nothing on disk, so it cannot pass vacuously', async () => {
    await expect(expectNoLeaks(new RunLog(), [home({ 'a.json': '{}' })])).rejects.toThrow(
      /no secrets were tracked/,
    );
    const runs = new RunLog();
    runs.track('pw', SECRET);
    await expect(expectNoLeaks(runs, [home({})])).rejects.toThrow(/holds no files/);
  });
});

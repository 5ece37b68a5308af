// The security gate must fail on what Electronegativity finds: a throw-away app with
// nodeIntegration on (and a file the tool cannot parse) is scanned with the real tool.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const gate = join(root, 'scripts/security-gate.mjs');
let tree: string;

/** Runs the gate over the throw-away app with a baseline; its exit code and all it printed. */
async function runGate(baseline: unknown): Promise<{ code: number; output: string }> {
  const name = `baseline-${String(Math.random()).slice(2)}`;
  writeFileSync(join(tree, `${name}.json`), JSON.stringify(baseline));
  const args = [
    gate,
    join(tree, 'app'),
    join(tree, `${name}.json`),
    join(tree, `${name}-out.json`),
  ];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: root });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'ctm-gate-'));
  mkdirSync(join(tree, 'app'));
  writeFileSync(
    join(tree, 'app', 'main.js'),
    [
      "const { BrowserWindow } = require('electron');",
      'const win = new BrowserWindow({ webPreferences: { nodeIntegration: true } });',
      "win.loadFile('index.html');",
      '',
    ].join('\n'),
  );
  writeFileSync(join(tree, 'app', 'broken.ts'), 'export const = ;\n');
});

afterAll(() => {
  rmSync(tree, { recursive: true, force: true });
});

describe('the security gate', () => {
  const mainJs = () =>
    relative(root, join(tree, 'app', 'main.js'))
      .split(sep)
      .join('/');

  it('fails on an unlisted finding and on an unparsed file, naming each', async () => {
    // Both scans at once: each takes a couple of seconds, mostly the tool's start-up.
    const [empty, listed] = await Promise.all([
      runGate([]),
      runGate([{ check: 'NODE_INTEGRATION_JS_CHECK', file: mainJs(), reason: 'test fixture' }]),
    ]);
    expect(empty.code).toBe(1);
    expect(empty.output).toMatch(/INFORMATIONAL NODE_INTEGRATION_JS_CHECK \S*main\.js:2:/);
    expect(empty.output).toMatch(/PARSE_ERROR \S*broken\.ts: not parsed/);
    // A reviewed entry accepts that finding; the unparsed file still fails the run.
    expect(listed.code).toBe(1);
    expect(listed.output).not.toContain('NODE_INTEGRATION_JS_CHECK');
    expect(listed.output).toContain('PARSE_ERROR');
  });

  it('refuses a baseline entry without a reason before scanning', async () => {
    const { code, output } = await runGate([{ check: 'X', file: 'src/x.ts', reason: ' ' }]);
    expect(code).toBe(1);
    expect(output).toContain('entry 0 needs a check, a file and a reason');
  });
});

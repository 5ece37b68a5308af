// The room rules must fail on a violation: each rule is broken once in a throw-away tree laid
// out like src/, and depcruise, run with the project's own config, must name it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let tree: string;

function write(file: string, text: string): void {
  mkdirSync(dirname(join(tree, file)), { recursive: true });
  writeFileSync(join(tree, file), text);
}

/** Runs depcruise over the tree's src/ and returns what it printed. */
function cruise(): { status: number | null; output: string } {
  const run = spawnSync(
    join(root, 'node_modules/.bin/depcruise'),
    ['src', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'err'],
    { cwd: tree, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'ctm-deps-'));
  write(
    'tsconfig.node.json',
    '{"compilerOptions":{"module":"ESNext","moduleResolution":"bundler"}}',
  );
  write('node_modules/electron/package.json', '{"name":"electron","main":"index.js"}');
  write('node_modules/electron/index.js', 'module.exports = {};');
  write('src/shared/a.ts', "import { b } from '../main/cognito/b';\nexport const a = b;\n");
  write('src/main/cognito/b.ts', "import { c } from '../sessions/c';\nexport const b = c;\n");
  write('src/main/sessions/c.ts', "import { app } from 'electron';\nexport const c = app;\n");
  write('src/renderer/r.ts', "import { t } from '../main/token-manager/t';\nexport const r = t;\n");
  write(
    'src/main/token-manager/t.ts',
    "import { p } from '../../preview/p';\nexport const t = p;\n",
  );
  write('src/preview/p.ts', 'export const p = 1;\n');
  write('src/cli/x.ts', "import { w } from '../main/app/w';\nexport const x = w;\n");
  write('src/main/app/w.ts', "import { y } from '../../cli/y';\nexport const w = y;\n");
  write('src/cli/y.ts', 'export const y = 1;\n');
  write('src/main/log/one.ts', "import type { Two } from './two';\nexport type One = Two[];\n");
  write('src/main/log/two.ts', "import type { One } from './one';\nexport type Two = One | 1;\n");
  write('src/main/log/typed.ts', "import type { App } from 'electron';\nexport type T = App;\n");
  // A room with a front door: its index.ts may be imported from outside, its other files not.
  write('src/main/oauth/index.ts', "export { grant } from './grant';\n");
  write('src/main/oauth/grant.ts', 'export const grant = 1;\n');
  write('src/main/tray/by-door.ts', "import { grant } from '../oauth';\nexport const d = grant;\n");
  write(
    'src/main/tray/around.ts',
    "import { grant } from '../oauth/grant';\nexport const a = grant;\n",
  );
});

afterAll(() => {
  rmSync(tree, { recursive: true, force: true });
});

describe('the room rules', () => {
  it('fail the run and name every rule a file breaks', () => {
    const { status, output } = cruise();
    expect(status).not.toBe(0);
    for (const rule of [
      'shared-imports-only-shared',
      'engine-stands-alone',
      'electron-only-in-app-and-preload',
      'renderer-imports-only-shared',
      'no-preview-code-in-release',
      'cli-never-imports-app',
      'main-never-imports-cli',
      'no-cycles',
      'oauth-only-through-its-door',
    ]) {
      expect(output, rule).toContain(rule);
    }
  });

  it('let a type-only import of electron pass', () => {
    const { output } = cruise();
    expect(output).not.toMatch(/electron-only-in-app-and-preload: src\/main\/log\/typed\.ts/);
  });

  it('let a room be entered by its front door', () => {
    const { output } = cruise();
    expect(output).toMatch(/oauth-only-through-its-door: src\/main\/tray\/around\.ts/);
    expect(output).not.toMatch(/src\/main\/tray\/by-door\.ts/);
  });

  it('leave an index.ts only where a room has a front door', () => {
    const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as {
      forbidden: { name: string }[];
    };
    const doors = config.forbidden
      .map((rule) => /^(.+)-only-through-its-door$/.exec(rule.name)?.[1])
      .filter((room) => room !== undefined);
    const mainDir = join(root, 'src', 'main');
    const withIndex = readdirSync(mainDir).filter((room) =>
      existsSync(join(mainDir, room, 'index.ts')),
    );
    // main/app/index.ts is the app's entry (electron-vite starts there), not a door.
    expect(withIndex.sort()).toEqual([...doors, 'app'].sort());
  });

  it('hold for the project itself', () => {
    const run = spawnSync(
      join(root, 'node_modules/.bin/depcruise'),
      ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(`${run.stdout}${run.stderr}`).toContain('no dependency violations found');
    expect(run.status).toBe(0);
  });
});

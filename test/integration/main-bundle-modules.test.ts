// The app's main bundle is CommonJS (electron-vite's default for main). A `require()` of an
// ESM-only package would lean on Node's require(esm), inside an asar, in the packaged app: the
// ESM-only packages main uses (electron-store, conf, oauth4webapi and their own ESM-only
// dependencies) are bundled in instead. Reads what `electron-vite build` wrote.
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'out', 'main');

// A bundle's bare require() resolves from the app's own node_modules (the asar's, once packed).
function packageJsonOf(name: string): { type?: string; exports?: unknown } {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
    type?: string;
    exports?: unknown;
  };
}

/** True when `require(name)` finds CommonJS: no "type": "module", or a "require" export. */
function requirableWithoutEsm(name: string): boolean {
  const pkg = packageJsonOf(name);
  if (pkg.type !== 'module') return true;
  return JSON.stringify(pkg.exports ?? {}).includes('"require"');
}

function bareRequires(): string[] {
  const names = new Set<string>();
  for (const entry of readdirSync(MAIN, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const code = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, name] of code.matchAll(/require\("([^".][^"]*)"\)/g)) {
      if (!name || name.startsWith('node:') || builtinModules.includes(name)) continue;
      names.add(
        name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? name),
      );
    }
  }
  return [...names].sort();
}

describe('the main bundle', () => {
  it('requires no ESM-only package: those are bundled into it', () => {
    expect(existsSync(MAIN), 'build the app first (npx electron-vite build)').toBe(true);
    const requires = bareRequires();
    expect(requires).toContain('electron');
    expect(requires.filter((name) => name !== 'electron' && !requirableWithoutEsm(name))).toEqual(
      [],
    );
  });

  it('would notice one: electron-store, conf and oauth4webapi are ESM-only', () => {
    for (const name of ['electron-store', 'conf', 'oauth4webapi']) {
      expect(requirableWithoutEsm(name), name).toBe(false);
    }
  });
});

// app:// serves the built renderer and nothing else: every way out of the folder is refused.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, readAppFile, resolveAppFile } from '../../src/main/protocol/app-scheme';

let base: string;
let root: string;

beforeAll(() => {
  // A secret beside the renderer folder: the thing a traversal would try to reach.
  base = mkdtempSync(join(tmpdir(), 'ctm-app-scheme-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1);');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'not for the renderer');
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('app:// request mapping', () => {
  it('serves the renderer files with their content types', () => {
    expect(resolveAppFile(APP_INDEX_URL, root)).toEqual({
      ok: true,
      path: join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppFile('app://bundle/assets/index-abc.js?v=1#x', root)).toMatchObject({
      ok: true,
      path: join(root, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile('app://bundle/assets/index-abc.css', root)).toMatchObject({
      contentType: 'text/css; charset=utf-8',
    });
    expect(resolveAppFile('app://bundle/', root)).toMatchObject({ path: join(root, 'index.html') });
    // A slash in the query or hash is not part of the path.
    expect(resolveAppFile('app://bundle?x=/assets/index-abc.js', root)).toMatchObject({
      path: join(root, 'index.html'),
    });
    expect(resolveAppFile('app://bundle#/profiles', root)).toMatchObject({
      path: join(root, 'index.html'),
    });
    expect(resolveAppFile('app://bundle/data.bin', root)).toMatchObject({
      contentType: 'application/octet-stream',
    });
  });

  it.each([
    ['dot-dot', 'app://bundle/../secret.txt'],
    ['dot-dot inside', 'app://bundle/assets/../../secret.txt'],
    ['single dot', 'app://bundle/./index.html'],
    ['encoded dot-dot', 'app://bundle/%2e%2e/secret.txt'],
    ['mixed-case encoded dot-dot', 'app://bundle/%2E%2e/secret.txt'],
    ['half-encoded dot-dot', 'app://bundle/.%2e/secret.txt'],
    ['encoded slash', 'app://bundle/..%2fsecret.txt'],
    ['encoded slash, upper case', 'app://bundle/assets%2F..%2F..%2Fsecret.txt'],
    ['encoded backslash', 'app://bundle/..%5csecret.txt'],
    ['raw backslash', 'app://bundle/..\\secret.txt'],
    ['NUL', 'app://bundle/index.html%00.js'],
    ['raw NUL', 'app://bundle/index.html\0.js'],
    ['absolute path (empty segment)', 'app://bundle//etc/passwd'],
    ['empty segment inside', 'app://bundle/assets//index-abc.js'],
    ['Windows drive', 'app://bundle/C:/Windows/win.ini'],
    ['encoded Windows drive', 'app://bundle/C%3A%5CWindows%5Cwin.ini'],
    ['malformed escape', 'app://bundle/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['no host', 'app:///etc/passwd'],
    ['credentials', 'app://evil@bundle/index.html'],
    ['a port', 'app://bundle:8080/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(url, root).ok).toBe(false);
  });
});

describe('app:// file reads', () => {
  it('reads a renderer file', async () => {
    const result = await readAppFile('app://bundle/assets/index-abc.js', root);
    expect(result.ok && result.body.toString()).toBe('console.log(1);');
  });

  it('answers not found for a missing file, a folder and a refused URL', async () => {
    for (const url of [
      'app://bundle/missing.js',
      'app://bundle/assets',
      'app://bundle/%2e%2e/secret.txt',
    ]) {
      const result = await readAppFile(url, root);
      expect(result.ok, url).toBe(false);
    }
  });
});

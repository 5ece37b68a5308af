// Release builds carry no preview code: the preview host's token check, its test clipboard and
// its bridge script exist only in src/preview, and nothing electron-vite bundles may contain them.
// Reads what `electron-vite build` wrote (npm test builds the app before Vitest runs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = join(__dirname, '..', '..', 'out');
// Strings only the preview host has: its token header and storage key, its test route, its bridge
// path, and the in-memory clipboard (the app writes the system's).
const PREVIEW_MARKERS = [
  'x-preview-token',
  'ctm-preview-token',
  '/test/clipboard',
  '/__preview/',
  'MemoryClipboard',
];

function bundleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(c?js|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('release bundles', () => {
  it.each(['main', 'preload', 'renderer'])('out/%s holds no preview code', (part) => {
    const dir = join(OUT, part);
    expect(
      existsSync(dir),
      `build the app first (npx electron-vite build): ${dir} is missing`,
    ).toBe(true);
    const files = bundleFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return PREVIEW_MARKERS.filter((marker) => text.includes(marker)).map(
        (m) => `${m} in ${file}`,
      );
    });
    expect(found).toEqual([]);
  });

  it('would notice preview code: the preview host itself carries every marker', () => {
    const host = ['host.ts', 'bridge-script.ts', 'main.ts', 'handlers.ts']
      .map((name) => readFileSync(join(__dirname, '..', '..', 'src', 'preview', name), 'utf8'))
      .join('\n');
    for (const marker of PREVIEW_MARKERS) expect(host, marker).toContain(marker);
  });
});

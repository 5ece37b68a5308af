// The icons in build/ are what `npm run icon` draws today, and each is what its platform
// expects: PNGs of the sizes their names say, tray templates black with alpha, .ico and .icns
// containers a reader other than ours can open.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePng, readIcns, readIco } from '../support/icon-containers';

const REPO = resolve(import.meta.dirname, '../..');
const build = (name: string): Buffer => readFileSync(join(REPO, 'build', name));

describe('icons', () => {
  it('are the committed output of npm run icon', () => {
    // Exits non-zero, naming the files, when one differs from what the script draws now.
    const out = execFileSync(process.execPath, ['scripts/make-icon.mjs', '--check'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(out).toContain('matches');
  });

  it('come in the PNG sizes their names say', () => {
    const sized = readdirSync(join(REPO, 'build/icons')).map((name) => `icons/${name}`);
    expect(sized.length).toBeGreaterThanOrEqual(8);
    for (const name of sized) {
      const size = Number(/(\d+)x\d+\.png$/.exec(name)?.[1]);
      expect(decodePng(build(name)).size, name).toBe(size);
    }
    expect(decodePng(build('icon.png')).size).toBe(512);
    expect(decodePng(build('tray/tray.png')).size).toBe(22);
    expect(decodePng(build('tray/tray@2x.png')).size).toBe(44);
  });

  it('give macOS tray templates of 16 and 32 px, black with the shape in alpha', () => {
    for (const [name, size] of [
      ['tray/trayTemplate.png', 16],
      ['tray/trayTemplate@2x.png', 32],
    ] as const) {
      const { size: actual, rgba } = decodePng(build(name));
      expect(actual, name).toBe(size);
      const alphas = rgba.filter((_, i) => i % 4 === 3);
      expect(
        rgba.some((value, i) => i % 4 !== 3 && value !== 0),
        `${name} is black`,
      ).toBe(false);
      expect(alphas.includes(255) && alphas.includes(0), `${name} has a shape`).toBe(true);
    }
  });

  it('give Windows an app .ico up to 256 px and a tray .ico for 100% to 300% scaling', () => {
    const app = readIco(build('icon.ico'));
    expect(app.map((e) => e.claimed)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const tray = readIco(build('tray/tray.ico'));
    expect(tray.map((e) => e.claimed)).toEqual([16, 20, 24, 32, 40, 48]);
    for (const entry of [...app, ...tray]) {
      expect(entry.image.size).toBe(entry.claimed);
      // BMP below 256 px for every reader (NSIS too), PNG at 256 px to keep the file small.
      expect(entry.format).toBe(entry.claimed === 256 ? 'png' : 'bmp');
    }
  });

  it('store .ico bitmaps right way up, in the colours of the PNG of the same size', () => {
    const [smallest] = readIco(build('icon.ico'));
    expect(smallest?.image.rgba.equals(decodePng(build('icons/16x16.png')).rgba)).toBe(true);
  });

  it('give macOS an .icns from 16 to 1024 px, every chunk a PNG of its size', () => {
    const chunks = readIcns(build('icon.icns'));
    const sizes: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      ic11: 32,
      ic12: 64,
      ic07: 128,
      ic13: 256,
      ic08: 256,
      ic14: 512,
      ic09: 512,
      ic10: 1024,
    };
    expect(chunks.map((c) => c.type).sort()).toEqual(Object.keys(sizes).sort());
    for (const { type, data } of chunks) expect(decodePng(data).size, type).toBe(sizes[type]);
  });
});

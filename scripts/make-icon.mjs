// `npm run icon`: writes every icon under build/ from the one drawing in scripts/icon/draw.mjs
// (the app icon in PNG sizes, .ico and .icns, and the tray images). Deterministic, so the
// output is committed; `--check` only compares, and fails when a committed file is stale.
import console from 'node:console';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { iconFiles } from './icon/files.mjs';

const build = resolve(import.meta.dirname, '..', 'build');
const check = process.argv.includes('--check');
const stale = [];

for (const [name, bytes] of iconFiles()) {
  const target = join(build, name);
  if (check) {
    let current = null;
    try {
      current = readFileSync(target);
    } catch {
      // Missing counts as stale.
    }
    if (!current?.equals(bytes)) stale.push(name);
    continue;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  console.log(`wrote build/${name} (${bytes.length} bytes)`);
}

if (stale.length > 0) {
  console.error(
    `stale or missing (run npm run icon): ${stale.map((n) => `build/${n}`).join(', ')}`,
  );
  process.exit(1);
}
if (check) console.log('every icon in build/ matches scripts/icon/');

// Benchmark: the renderer's JavaScript as a user downloads it into the window, gzip-compressed
// (level 9). Builds the app first when out/renderer is missing. Target: at most 150 KB.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

const TARGET_KB = 150;
const root = path.resolve(import.meta.dirname, '../..');
const assets = path.join(root, 'out', 'renderer', 'assets');
if (!fs.existsSync(assets)) {
  const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}
let raw = 0;
let gzip = 0;
for (const name of fs.readdirSync(assets).filter((n) => /\.(js|css)$/.test(n))) {
  const body = fs.readFileSync(path.join(assets, name));
  raw += body.length;
  gzip += gzipSync(body, { level: 9 }).length;
}
const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(
  `renderer JS+CSS: ${kb(raw)} KB raw, ${kb(gzip)} KB gzip (target ${TARGET_KB} KB gzip)`,
);
console.log(gzip / 1024 <= TARGET_KB ? 'target met' : 'TARGET MISSED');

// Benchmark: buildTrayMenu for 1,000 profiles across 20 regions, a third of them signed in, as
// the tray rebuilds it on every session change. Uses the CLI build (npm run build:cli).
// Target: median <= 5 ms.
import console from 'node:console';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { benchRuns } from '../bench-support/runs.mjs';

const TARGET_MS = 5;
const { runs: RUNS, warmup: WARMUP } = benchRuns('TRAY_BENCH_RUNS', 200, 20);
const root = path.resolve(import.meta.dirname, '../..');
const entry = path.join(root, 'dist/cli/main/tray/build-tray-menu.js');
if (!fs.existsSync(entry)) {
  console.error(`tray-menu bench: ${entry} is missing; run \`npm run build:cli\` first.`);
  process.exit(1);
}
const { buildTrayMenu } = await import(pathToFileURL(entry).href);

const now = Date.now();
const profiles = Array.from({ length: 1000 }, (_, i) => ({
  id: `profile-${i}`,
  name: `profile-${String(i).padStart(4, '0')}`,
  region: `region-${i % 20}`,
  username: `user${i}@example.com`,
}));
const sessions = new Map(
  profiles
    .filter((_, i) => i % 3 === 0)
    .map((p, i) => [
      p.id,
      { status: 'signed-in', expiresAt: now + i * 1000, username: p.username },
    ]),
);
const state = {
  profiles,
  sessions,
  activeProfileId: 'profile-42',
  recent: profiles.slice(0, 30).map((p) => p.id),
  keychain: { ok: true },
  platform: 'linux',
  showTitle: false,
  now,
};

const samples = [];
for (let i = 0; i < WARMUP + RUNS; i += 1) {
  const t0 = performance.now();
  buildTrayMenu(state);
  const ms = performance.now() - t0;
  if (i >= WARMUP) samples.push(ms);
}
samples.sort((a, b) => a - b);
const median = samples[samples.length >> 1];
console.log(`tray menu: buildTrayMenu for 1,000 profiles in 20 regions, median of ${RUNS} runs`);
console.log(
  `  median ${median.toFixed(3)} ms, p95 ${samples[Math.floor(samples.length * 0.95)].toFixed(3)} ms`,
);
console.log(`  target: <= ${TARGET_MS} ms ${median <= TARGET_MS ? 'met' : 'MISSED'}`);

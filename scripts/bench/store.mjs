// Benchmark: open the profile store holding 1,000 profiles across 20 regions and build the
// status view rows from it, as `cognito-tokens status` and the window's list do on start.
// Uses the CLI build (npx tsc -p tsconfig.cli.json); prints the medians and the target.
import console from 'node:console';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { REGIONS } from '../bench-support/regions.mjs';
import { benchRuns } from '../bench-support/runs.mjs';

const TARGET_MS = 50;
const { runs: RUNS, warmup: WARMUP } = benchRuns('STORE_BENCH_RUNS', 40, 3);
const PROFILES = 1000;

const root = path.resolve(import.meta.dirname, '../..');
const entry = path.join(root, 'dist/cli/main/profiles/create-profile-store.js');
const rowsEntry = path.join(root, 'dist/cli/main/token-manager/status-rows.js');
if (!fs.existsSync(entry)) {
  console.error(
    `store bench: ${entry} is missing; build the CLI first (npx tsc -p tsconfig.cli.json).`,
  );
  process.exit(1);
}
const { createProfileStore } = await import(pathToFileURL(entry).href);
const { buildStatusRows } = await import(pathToFileURL(rowsEntry).href);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ctm-bench-store-'));
process.env.COGNITO_TOKEN_MANAGER_HOME = home;
try {
  const seed = createProfileStore();
  seed.importProfiles(
    Array.from({ length: PROFILES }, (_, i) => ({
      name: `profile-${String(i).padStart(4, '0')}`,
      userPoolId: `${REGIONS[i % REGIONS.length]}_Pool${i}`,
      clientId: `client${i}`,
      username: `user${i}@example.com`,
      authFlow: i % 2 ? 'srp' : 'password',
      ...(i % 3 === 0 ? { label: `team ${i % 7}`, colour: '#1a7f37' } : {}),
    })),
  );
  const ids = seed.list().map((p) => p.id);
  const now = Date.now();
  // A third signed in, a few refreshing, the rest with no session at all.
  const sessions = new Map(
    ids.flatMap((id, i) =>
      i % 3 === 0
        ? [
            [
              id,
              {
                status: i % 30 === 0 ? 'refreshing' : 'signed-in',
                expiresAt: now + i * 1000,
                username: `user${i}`,
              },
            ],
          ]
        : [],
    ),
  );

  const total = [];
  const load = [];
  const rows = [];
  for (let run = 0; run < WARMUP + RUNS; run += 1) {
    const t0 = performance.now();
    const store = createProfileStore();
    const profiles = store.list();
    const t1 = performance.now();
    const view = buildStatusRows(profiles, run % 2 ? sessions : new Map(), now);
    const t2 = performance.now();
    if (view.length !== PROFILES || new Set(view.map((r) => r.region)).size !== REGIONS.length) {
      throw new Error('store bench: the status view does not hold every profile and region');
    }
    if (run < WARMUP) continue;
    total.push(t2 - t0);
    load.push(t1 - t0);
    rows.push(t2 - t1);
  }

  const result = median(total);
  const ok = result <= TARGET_MS;
  console.log(`store: ${PROFILES} profiles in ${REGIONS.length} regions, median of ${RUNS} runs`);
  console.log(`  open store + list:     ${median(load).toFixed(2)} ms`);
  console.log(`  build status rows:     ${median(rows).toFixed(2)} ms`);
  console.log(
    `  load + status view:    ${result.toFixed(2)} ms (target <= ${TARGET_MS} ms) ${ok ? 'ok' : 'TOO SLOW'}`,
  );
  // A missed target is reported, not failed: shared machines are noisy (one rule for every bench).
} finally {
  fs.rmSync(home, { recursive: true, force: true });
}

// `npm run bench`: runs every scripts/bench/*.mjs in name order, each in its own Node process so
// one benchmark's warm JIT and heap never colour the next, and exits non-zero if any failed.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, 'scripts', 'bench');
const benches = readdirSync(dir)
  .filter((name) => name.endsWith('.mjs'))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n=== bench/${name} ===`);
  const run = spawnSync(process.execPath, [resolve(dir, name)], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.log(`bench/${name} failed (${run.signal ?? `exit ${String(run.status)}`})`);
  }
}
console.log(`\n${benches.length} benchmarks ran, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;

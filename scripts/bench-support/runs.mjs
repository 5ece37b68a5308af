// How many times a bench measures: its own environment variable (or its default) normally, and
// once with no warm-up under BENCH_SMOKE=1, which test/integration/bench-smoke.test.ts sets to
// check only that every bench still runs to the end against today's build.
import process from 'node:process';

/** The measured runs (from `envName`, else `runs`) and the warm-up runs before them. */
export function benchRuns(envName, runs, warmup = 0) {
  if (process.env.BENCH_SMOKE === '1') return { runs: 1, warmup: 0 };
  return { runs: Number(process.env[envName] ?? runs), warmup };
}

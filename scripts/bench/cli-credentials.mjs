// Benchmark: what the credential helpers cost a script. `aws-credentials` with cached credentials
// beside `token` with a cached token (target: no more); `completion bash` and `exec PROFILE -- true`
// (the CLI's work before the child starts; true itself costs a millisecond) as ratios to
// `node -e 0` (target <= 1.2x each). Medians of interleaved runs of whole processes.
// Needs the CLI build (npm run build:cli) and a keyring: without a D-Bus session it re-runs
// itself under scripts/with-keyring.sh (a throwaway gnome-keyring on a private bus).
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { cpus, loadavg } from 'node:os';
import process from 'node:process';
import { interleavedMedians } from '../bench-support/cli-process-timing.mjs';
import { prepareCliBench, seedBenchProfile } from '../bench-support/cli-bench-setup.mjs';
import { benchRuns } from '../bench-support/runs.mjs';

const { runs: RUNS, warmup: WARMUP } = benchRuns('CLI_TOKEN_BENCH_RUNS', 40, 3);
const bench = prepareCliBench(import.meta.filename, 'cli-credentials');
const { cli } = bench;

let seeded;
try {
  const exp = Math.floor(Date.now() / 1000) + 30 * 24 * 3600;
  // What a sign-in and a first aws-credentials leave: tokens and a set of AWS credentials.
  const items = {
    'aws-access-key-id': 'ASIABENCHBENCHBENCH1',
    'aws-secret-access-key': 'bench-secret-access-key-not-a-real-one-0000',
    'aws-session-token': 'bench-session-token-'.repeat(40),
    'aws-expiration': String(exp * 1000),
  };
  seeded = await seedBenchProfile(bench, 'ctm-bench-credentials-', {
    fields: { identityPoolId: 'us-east-1:00000000-1111-2222-3333-444444444444' },
    items,
  });
  const { env } = seeded;
  const once = spawnSync(process.execPath, [cli, 'aws-credentials', 'bench'], {
    env,
    encoding: 'utf8',
  });
  if (once.status !== 0 || !once.stdout.includes(items['aws-access-key-id'])) {
    throw new Error(
      `the seeded credentials did not come back (exit ${once.status}): ${once.stderr}`,
    );
  }

  const trueBin = spawnSync('sh', ['-c', 'command -v true'], { encoding: 'utf8' }).stdout.trim();
  const commands = {
    node: { args: ['-e', '0'], env },
    token: { args: [cli, 'token', 'bench'], env },
    aws: { args: [cli, 'aws-credentials', 'bench'], env },
    completion: { args: [cli, 'completion', 'bash'], env },
    exec: { args: [cli, 'exec', 'bench', '--', trueBin], env },
  };
  const medians = interleavedMedians(commands, { runs: RUNS, warmup: WARMUP });
  const bare = medians.node;
  const line = (label, ms, ratio, target) =>
    console.log(
      `  ${label.padEnd(34)} ${ms.toFixed(1)} ms = ${ratio.toFixed(2)}x (target <= ${target}x ${ratio <= target ? 'met' : 'MISSED'})`,
    );
  console.log(`credential helpers: median wall time of ${RUNS} interleaved runs`);
  console.log(`  ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}, ${cli}`);
  console.log(`  node -e 0:                         ${bare.toFixed(1)} ms`);
  console.log(`  token (fresh cached token):        ${medians.token.toFixed(1)} ms`);
  line('aws-credentials (cached), vs token', medians.aws, medians.aws / medians.token, 1);
  line('completion bash, vs node -e 0', medians.completion, medians.completion / bare, 1.2);
  line('exec PROFILE -- true, vs node -e 0', medians.exec, medians.exec / bare, 1.2);
  // A missed target is reported, not failed: shared machines are noisy (one rule for every bench).
} finally {
  await seeded?.cleanup();
}

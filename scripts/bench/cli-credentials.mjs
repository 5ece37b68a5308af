// Benchmark: what the credential helpers cost a script. `aws-credentials` with cached credentials
// beside `token` with a cached token (target: no more); `completion bash` and `exec PROFILE -- true`
// (the CLI's work before the child starts; true itself costs a millisecond) as ratios to
// `node -e 0` (target <= 1.2x each). Medians of interleaved runs of whole processes.
// Needs the CLI build (npm run build:cli) and a keyring: without a D-Bus session it re-runs
// itself under scripts/with-keyring.sh (a throwaway gnome-keyring on a private bus).
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import fs from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fakeJwt, interleavedMedians } from '../bench-support/cli-process-timing.mjs';
import { prepareCliBench } from '../bench-support/cli-bench-setup.mjs';
import { benchRuns } from '../bench-support/runs.mjs';

const { runs: RUNS, warmup: WARMUP } = benchRuns('CLI_TOKEN_BENCH_RUNS', 40, 3);
const {
  cli,
  openCliProfileStore,
  openTokenManager,
  openVault,
  vaultServiceName,
  vaultIndexFromStore,
  silentLog,
} = prepareCliBench(import.meta.filename, 'cli-credentials');

const home = fs.mkdtempSync(path.join(tmpdir(), 'ctm-bench-credentials-'));
const env = { ...process.env, COGNITO_TOKEN_MANAGER_HOME: home, COGNITO_TOKEN_MANAGER_DEV: '1' };
const serviceName = vaultServiceName(true);
let seeded;
try {
  const manager = await openTokenManager({ dir: home, serviceName, log: silentLog() });
  if (!manager.keychainStatus().ok) throw new Error(manager.keychainStatus().message);
  const profile = await manager.addProfile({
    name: 'bench',
    userPoolId: 'us-east-1_Bench1',
    clientId: 'benchclient1',
    username: 'bench-user',
    endpoint: 'http://127.0.0.1:9',
    identityPoolId: 'us-east-1:00000000-1111-2222-3333-444444444444',
  });
  manager.setActive(profile.id);
  const exp = Math.floor(Date.now() / 1000) + 30 * 24 * 3600;
  const common = { 'cognito:username': 'bench-user', sub: 'bench-sub', exp, iat: exp - 3600 };
  // What a sign-in and a first aws-credentials leave: tokens and a set of AWS credentials.
  const items = {
    'id-token': fakeJwt({ ...common, token_use: 'id', aud: 'benchclient1' }),
    'access-token': fakeJwt({ ...common, token_use: 'access', client_id: 'benchclient1' }),
    'refresh-token': 'bench-refresh-token-not-a-real-one',
    'aws-access-key-id': 'ASIABENCHBENCHBENCH1',
    'aws-secret-access-key': 'bench-secret-access-key-not-a-real-one-0000',
    'aws-session-token': 'bench-session-token-'.repeat(40),
    'aws-expiration': String(exp * 1000),
  };
  const index = vaultIndexFromStore(openCliProfileStore(home));
  const { vault } = await openVault({ serviceName, index, log: silentLog() });
  seeded = { vault, id: profile.id };
  for (const [kind, value] of Object.entries(items)) await vault.set(profile.id, kind, value);
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
  await seeded?.vault.deleteAll(seeded.id).catch(() => 0);
  fs.rmSync(home, { recursive: true, force: true });
}

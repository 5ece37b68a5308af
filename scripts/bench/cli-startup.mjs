// Benchmark: the CLI's start-up, as scripts and shell prompts pay it in $(...). Wall time of whole
// processes, medians of interleaved runs. `token` with a fresh cached token is compared with its
// floor, a script that only starts Node, loads keytar and reads one keychain item
// (bench-support/keychain-floor.cjs): target <= 1.15x the floor, for a password profile and an
// M2M one (a cached access token, no ID token). The rest are ratios to Node's bare start-up
// (`node -e 0`), measured in the same loop: `--help` <= 1.2x, `status` over 1,000 profiles <= 1.5x.
// Needs the CLI build (npm run build:cli) and a keyring: without a D-Bus session it re-runs
// itself under scripts/with-keyring.sh (a throwaway gnome-keyring on a private bus).
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import fs from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { REGIONS } from '../bench-support/regions.mjs';
import { interleavedMedians } from '../bench-support/cli-process-timing.mjs';
import { prepareCliBench, seedBenchProfile } from '../bench-support/cli-bench-setup.mjs';
import { benchRuns } from '../bench-support/runs.mjs';

const { runs: RUNS, warmup: WARMUP } = benchRuns('CLI_TOKEN_BENCH_RUNS', 40, 3);
/** Each command's target, as a ratio to its baseline (`node`: node -e 0, `floor`: the keychain floor). */
const TARGETS = {
  token: { ratio: 1.15, to: 'floor' },
  m2m: { ratio: 1.15, to: 'floor' },
  help: { ratio: 1.2, to: 'node' },
  status: { ratio: 1.5, to: 'node' },
};
const floorScript = path.resolve(import.meta.dirname, '../bench-support/keychain-floor.cjs');
const PROFILES = 1000;
const bench = prepareCliBench(import.meta.filename, 'cli-startup');
const { cli, fakeJwt, openCliProfileStore } = bench;

const crowdedHome = fs.mkdtempSync(path.join(tmpdir(), 'ctm-bench-status-'));
let seeded;
try {
  seeded = await seedBenchProfile(bench, 'ctm-bench-token-');
  const { env, serviceName, manager, vault, profile, exp } = seeded;
  const idToken = seeded.tokens['id-token'];

  // An M2M profile as its first `token` leaves it: an access token alone, naming the client.
  const m2m = await manager.addProfile({
    name: 'bench-m2m',
    signIn: 'client-credentials',
    domain: 'http://127.0.0.1:9',
    userPoolId: 'us-east-1_Bench1',
    clientId: 'benchm2m1',
    hasClientSecret: true,
    endpoint: 'http://127.0.0.1:9',
  });
  const m2mAccess = fakeJwt({ exp, iat: exp - 3600, token_use: 'access', client_id: 'benchm2m1' });
  seeded.seeded.push(m2m.id);
  await vault.set(m2m.id, 'client-secret', 'bench-m2m-secret-not-a-real-one');
  await vault.set(m2m.id, 'access-token', m2mAccess);
  const m2mOnce = spawnSync(process.execPath, [cli, 'token', 'bench-m2m'], {
    env,
    encoding: 'utf8',
  });
  if (m2mOnce.status !== 0 || m2mOnce.stdout !== `${m2mAccess}\n`) {
    throw new Error(`the M2M token did not come back (exit ${m2mOnce.status}): ${m2mOnce.stderr}`);
  }

  const once = spawnSync(process.execPath, [cli, 'token', 'bench'], { env, encoding: 'utf8' });
  if (once.status !== 0 || once.stdout !== `${idToken}\n`) {
    throw new Error(`the seeded token did not come back (exit ${once.status}): ${once.stderr}`);
  }
  // The floor reads the same item `token` prints.
  const floorArgs = [floorScript, serviceName, `${profile.id}:id-token`];
  const floorOnce = spawnSync(process.execPath, floorArgs, { env, encoding: 'utf8' });
  if (floorOnce.status !== 0 || floorOnce.stdout !== `${idToken}\n`) {
    throw new Error(
      `the floor did not read the seeded token (exit ${floorOnce.status}): ${floorOnce.stderr}`,
    );
  }

  // 1,000 profiles across 20 regions, none signed in: what `status` lists on a busy machine.
  openCliProfileStore(crowdedHome).importProfiles(
    Array.from({ length: PROFILES }, (_, i) => ({
      name: `profile-${String(i).padStart(4, '0')}`,
      userPoolId: `${REGIONS[i % REGIONS.length]}_Pool${i}`,
      clientId: `client${i}`,
      username: `user${i}@example.com`,
    })),
  );
  const crowdedEnv = { ...env, COGNITO_TOKEN_MANAGER_HOME: crowdedHome };

  const commands = {
    node: { args: ['-e', '0'], env },
    floor: { args: floorArgs, env },
    token: { args: [cli, 'token', 'bench'], env },
    m2m: { args: [cli, 'token', 'bench-m2m'], env },
    help: { args: [cli, '--help'], env },
    status: { args: [cli, 'status'], env: crowdedEnv },
  };
  const medians = interleavedMedians(commands, { runs: RUNS, warmup: WARMUP });
  console.log(`cli start-up: median wall time of ${RUNS} interleaved runs`);
  console.log(`  ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}, ${cli}`);
  console.log(`  node -e 0:                    ${medians.node.toFixed(1)} ms`);
  console.log(
    `  keychain floor:               ${medians.floor.toFixed(1)} ms = ${(medians.floor / medians.node).toFixed(2)}x node -e 0 (Node, keytar, one item)`,
  );
  const labels = {
    token: 'token (fresh cached token)',
    m2m: 'token (M2M, cached access)',
    help: '--help',
    status: `status (${PROFILES} profiles)`,
  };
  const names = { node: 'node -e 0', floor: 'the floor' };
  for (const [who, target] of Object.entries(TARGETS)) {
    const ms = medians[who];
    const ratio = ms / medians[target.to];
    const verdict = ratio <= target.ratio ? 'met' : 'MISSED';
    console.log(
      `  ${labels[who].padEnd(28)} ${ms.toFixed(1)} ms = ${ratio.toFixed(2)}x ${names[target.to]} (target <= ${target.ratio}x ${verdict})`,
    );
  }
  // A missed target is reported, not failed: shared machines are noisy (one rule for every bench).
} finally {
  await seeded?.cleanup();
  fs.rmSync(crowdedHome, { recursive: true, force: true });
}

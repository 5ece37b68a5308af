// Benchmark: `cognito-tokens token <profile>` for a profile whose cached tokens are fresh, the
// path scripts take in $(...). Wall time of the whole process, medians of interleaved runs, with
// Node's bare start-up (`node -e 0`) measured alongside. Target: token median <= 300 ms.
// Needs the CLI build (npm run build:cli) and a keyring: without a D-Bus session it re-runs
// itself under scripts/with-keyring.sh (a throwaway gnome-keyring on a private bus).
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const RUNS = Number(process.env.CLI_TOKEN_BENCH_RUNS ?? 40);
const WARMUP = 3;
const TARGET_MS = 300;
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/cli/index.js');

if (!process.env.DBUS_SESSION_BUS_ADDRESS) {
  const wrapper = path.join(root, 'scripts/with-keyring.sh');
  const run = spawnSync(wrapper, [process.execPath, import.meta.filename], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
if (!fs.existsSync(cli)) {
  console.error(`cli-token bench: ${cli} is missing; run \`npm run build:cli\` first.`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const { openCliProfileStore, openTokenManager } = require(
  path.join(root, 'dist/cli/main/token-manager/index.js'),
);
const { openVault, vaultServiceName } = require(path.join(root, 'dist/cli/main/secrets/index.js'));
const { vaultIndexFromStore } = require(
  path.join(root, 'dist/cli/main/secrets/profile-store-index.js'),
);
const { silentLog } = require(path.join(root, 'dist/cli/main/log/file-log.js'));

/** An unsigned JWT-shaped token with a far expiry: the CLI only decodes, never verifies, cached tokens. */
function fakeJwt(claims) {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.bench-signature`;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const home = fs.mkdtempSync(path.join(tmpdir(), 'ctm-bench-token-'));
// Development builds' keychain items: a real desktop keychain never sees release-named ones.
const env = { ...process.env, COGNITO_TOKEN_MANAGER_HOME: home, COGNITO_TOKEN_MANAGER_DEV: '1' };
const serviceName = vaultServiceName(true);
let seeded = null;
try {
  const manager = await openTokenManager({ dir: home, serviceName, log: silentLog() });
  if (!manager.keychainStatus().ok) throw new Error(manager.keychainStatus().message);
  const profile = await manager.addProfile({
    name: 'bench',
    userPoolId: 'us-east-1_Bench1',
    clientId: 'benchclient1',
    username: 'bench-user',
    endpoint: 'http://127.0.0.1:9',
  });
  manager.setActive(profile.id);
  const exp = Math.floor(Date.now() / 1000) + 30 * 24 * 3600;
  const common = { 'cognito:username': 'bench-user', exp, iat: exp - 3600 };
  const idToken = fakeJwt({ ...common, token_use: 'id', aud: 'benchclient1' });
  const tokens = {
    'id-token': idToken,
    'access-token': fakeJwt({ ...common, token_use: 'access', client_id: 'benchclient1' }),
    'refresh-token': 'bench-refresh-token-not-a-real-one',
  };
  // Written as a sign-in would leave them: through the vault, listed in the store's index.
  const index = vaultIndexFromStore(openCliProfileStore(home));
  const { vault } = await openVault({ serviceName, index, log: silentLog() });
  seeded = { vault, id: profile.id };
  for (const [kind, value] of Object.entries(tokens)) await vault.set(profile.id, kind, value);

  const once = spawnSync(process.execPath, [cli, 'token', 'bench'], { env, encoding: 'utf8' });
  if (once.status !== 0 || once.stdout !== `${idToken}\n`) {
    throw new Error(`the seeded token did not come back (exit ${once.status}): ${once.stderr}`);
  }

  const samples = { node: [], token: [] };
  const commands = { node: ['-e', '0'], token: [cli, 'token', 'bench'] };
  const time = (args) => {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = performance.now() - t0;
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
    return ms;
  };
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    // Interleaved, alternating who goes first: both see the same machine load.
    for (const who of i % 2 === 0 ? ['node', 'token'] : ['token', 'node']) {
      const ms = time(commands[who]);
      if (i >= WARMUP) samples[who].push(ms);
    }
  }
  const [bare, token] = [median(samples.node), median(samples.token)];
  const ok = token <= TARGET_MS;
  console.log(`cli token: a fresh cached token, median wall time of ${RUNS} interleaved runs`);
  console.log(`  ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}`);
  console.log(`  node -e 0:                  ${bare.toFixed(1)} ms`);
  console.log(`  cognito-tokens token bench: ${token.toFixed(1)} ms`);
  console.log(`  difference:                 ${(token - bare).toFixed(1)} ms`);
  console.log(`  target: token <= ${TARGET_MS} ms ${ok ? 'met' : 'MISSED'}`);
  // A missed target is reported, not failed: shared machines are noisy (one rule for every bench).
} finally {
  if (seeded) await seeded.vault.deleteAll(seeded.id).catch(() => 0);
  fs.rmSync(home, { recursive: true, force: true });
}

// Benchmark: a copy request to the clipboard write, with a fresh cached token, in plain Node:
// the facade's freshTokens (memory, checked against the keychain's refresh token), the text,
// the secret clipboard's write (an in-memory port; the keychain an in-memory keytar). The
// profile signs in once against the strict Cognito double (loaded through jiti).
// Uses the CLI build (npm run build:cli). Target: median <= 5 ms.
import console from 'node:console';
import { performance } from 'node:perf_hooks';
import { importBuilt, startFacadeRig } from '../bench-support/facade-rig.mjs';
import { benchRuns } from '../bench-support/runs.mjs';

const TARGET_MS = 5;
const { runs: RUNS, warmup: WARMUP } = benchRuns('COPY_BENCH_RUNS', 200, 20);
const { copyToken } = await importBuilt('clipboard/copy-token.js', 'copy-latency');
const { createSecretClipboard } = await importBuilt(
  'clipboard/secret-clipboard.js',
  'copy-latency',
);
const { MemoryClipboard } = await importBuilt('clipboard/memory-clipboard.js', 'copy-latency');
const { double, manager, close } = await startFacadeRig(
  [
    {
      userPoolId: 'eu-west-1_CopyBench',
      clients: [{ clientId: 'copybench1' }],
      users: [{ username: 'bench', password: 'Bench-Pass-1!' }],
    },
  ],
  'copy',
);
const profile = await manager.addProfile({
  name: 'bench',
  userPoolId: 'eu-west-1_CopyBench',
  clientId: 'copybench1',
  endpoint: double.endpoint,
  username: 'bench',
});
await manager.signIn(profile.id, 'Bench-Pass-1!');
const port = new MemoryClipboard();
const deps = {
  freshTokens: (id) => manager.freshTokens(id),
  clipboard: createSecretClipboard(port),
  clearAfterSeconds: () => null,
};
const beforeCopies = double.requests.length;
const times = [];
for (let i = 0; i < RUNS + WARMUP; i++) {
  const started = performance.now();
  await copyToken(deps, profile.id, { kind: 'id', format: 'raw' });
  if (i >= WARMUP) times.push(performance.now() - started);
}
const requests = double.requests.length - beforeCopies;
await close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `copy request → clipboard write (fresh cached token): median ${median.toFixed(3)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(3)} ms over ${times.length} copies (target ${TARGET_MS} ms) ${median <= TARGET_MS ? 'met' : 'MISSED'}`,
);
console.log(`Cognito requests during the copies: ${requests} (the token was fresh: none expected)`);

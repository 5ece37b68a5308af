// Benchmark: `doctor` of a password profile against the local strict Cognito double, in plain
// Node through the facade (TokenManager.checkProfile), beside the sum of its round trips: each
// request the doctor sent, replayed alone with plain fetch (the same body and target), plus the
// OpenID configuration GET. Medians of interleaved runs. Target: doctor <= 2x the sum.
// Uses the CLI build (npm run build:cli); the double loads through jiti.
import console from 'node:console';
import { performance } from 'node:perf_hooks';
import { startFacadeRig } from '../bench-support/facade-rig.mjs';
import { benchRuns } from '../bench-support/runs.mjs';

const TARGET_RATIO = 2;
const { runs: RUNS, warmup: WARMUP } = benchRuns('DOCTOR_BENCH_RUNS', 40, 3);
const POOL = 'eu-west-1_DoctorBench';
const { double, manager, close } = await startFacadeRig(
  [{ userPoolId: POOL, clients: [{ clientId: 'doctorbench1' }], users: [] }],
  'doctor',
);
const profile = await manager.addProfile({
  name: 'bench',
  userPoolId: POOL,
  clientId: 'doctorbench1',
  endpoint: double.endpoint,
  username: 'bench',
});

/** One doctor run: its wall time and the requests it sent. */
async function doctorOnce() {
  const before = double.requests.length;
  const started = performance.now();
  await manager.checkProfile(profile.id, 10_000);
  const ms = performance.now() - started;
  return { ms, sent: double.requests.slice(before) };
}

/** The same requests, one after another with plain fetch, plus the OpenID GET: their sum. */
async function roundTrips(sent) {
  let total = 0;
  const openId = `${double.endpoint}/${POOL}/.well-known/openid-configuration`;
  let started = performance.now();
  await (await fetch(openId)).arrayBuffer();
  total += performance.now() - started;
  for (const request of sent) {
    started = performance.now();
    const answer = await fetch(double.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${request.operation}`,
      },
      body: JSON.stringify(request.body),
    });
    await answer.arrayBuffer();
    total += performance.now() - started;
  }
  return total;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const doctorMs = [];
const sumMs = [];
let requests = 0;
try {
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    const run = await doctorOnce();
    const sum = await roundTrips(run.sent);
    requests = run.sent.length + 1;
    if (i >= WARMUP) {
      doctorMs.push(run.ms);
      sumMs.push(sum);
    }
  }
} finally {
  await close();
}
const doctor = median(doctorMs);
const sum = median(sumMs);
const ratio = doctor / sum;
console.log(`doctor against the local double: median of ${RUNS} interleaved runs`);
console.log(`  doctor (whole run)              ${doctor.toFixed(2)} ms`);
console.log(`  sum of its ${requests} round trips alone   ${sum.toFixed(2)} ms`);
console.log(
  `  ratio ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'})`,
);

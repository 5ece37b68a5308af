// Benchmark: one client-credentials token fetch (M2M) through the OAuth library (oauth4webapi,
// the response checks, the TokenSet) against the same request made with plain fetch, both to the
// strict Cognito double's /oauth2/token on this computer (loaded through jiti), interleaved in one
// process. The server's own time is in both columns; the difference is what the library adds.
// Uses the CLI build (npm run build:cli). Target: added median <= 5 ms.
import console from 'node:console';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';
import { benchRuns } from '../bench-support/runs.mjs';

const TARGET_MS = 5;
const { runs: RUNS, warmup: WARMUP } = benchRuns('OAUTH_BENCH_RUNS', 200, 20);
const root = path.resolve(import.meta.dirname, '../..');
const builtFile = path.join(root, 'dist/cli/main/oauth/index.js');
if (!fs.existsSync(builtFile)) {
  console.error('oauth-fetch bench: run `npm run build:cli` first.');
  process.exit(1);
}
const { clientCredentials } = await import(pathToFileURL(builtFile).href);
const jiti = createJiti(import.meta.url);
const { startCognitoDouble } = await jiti.import(
  path.join(root, 'test/support/cognito-double/index.ts'),
);

const POOL = 'eu-west-1_OAuthBench';
const client = { clientId: 'oauthbench1', clientSecret: 'oauth-bench-secret-0123456789' };
const double = await startCognitoDouble([
  {
    userPoolId: POOL,
    clients: [{ ...client, oauthFlows: ['client_credentials'], oauthScopes: ['orders/read'] }],
    users: [],
  },
]);
const config = {
  domain: double.endpoint,
  ...client,
  scopes: ['orders/read'],
  redirectUri: 'http://localhost:1/callback',
  issuer: `https://cognito-idp.eu-west-1.amazonaws.com/${POOL}`,
  jwksUri: `${double.endpoint}/${POOL}/.well-known/jwks.json`,
};
const basic = Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64');

const ours = async () => {
  const tokens = await clientCredentials(config);
  if (!tokens.accessToken) throw new Error('no access token');
};
const raw = async () => {
  const response = await fetch(`${double.endpoint}/oauth2/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${basic}`,
      'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
      accept: 'application/json',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'orders/read' }),
  });
  const body = await response.json();
  if (!body.access_token) throw new Error('no access token');
};

const samples = { ours: [], raw: [] };
for (let i = 0; i < RUNS + WARMUP; i += 1) {
  // Alternate who goes first so neither always runs on a connection the other warmed.
  for (const who of i % 2 === 0 ? ['ours', 'raw'] : ['raw', 'ours']) {
    const started = performance.now();
    await (who === 'ours' ? ours() : raw());
    if (i >= WARMUP) samples[who].push(performance.now() - started);
  }
}
await double.close();

const median = (xs) => {
  const s = [...xs].sort((p, q) => p - q);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const [o, r] = [median(samples.ours), median(samples.raw)];
const added = o - r;
console.log(
  `client-credentials fetch (ms), medians of ${RUNS} interleaved runs after ${WARMUP} warm-up`,
);
console.log(`  library ${o.toFixed(3).padStart(8)}   plain fetch ${r.toFixed(3).padStart(8)}`);
console.log(
  `  added by the library: median ${added.toFixed(3)} ms (target <= ${TARGET_MS} ms) ${added <= TARGET_MS ? 'met' : 'MISSED'}`,
);

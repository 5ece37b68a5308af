// Client-side SRP cost of one sign-in (SRP_A, then the PASSWORD_VERIFIER answer): our engine
// from the CLI build against amazon-cognito-identity-js, interleaved in one process.
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { createDiffieHellman, getDiffieHellman, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import process from 'node:process';
import { benchRuns } from '../bench-support/runs.mjs';

const { runs: RUNS, warmup: WARMUP } = benchRuns('SRP_BENCH_RUNS', 40, 5);
const TARGET_MS = 5;
const TARGET_RATIO = 25;

const root = resolve(import.meta.dirname, '..', '..');
const built = resolve(root, 'dist/cli/main/cognito/srp.js');
if (!existsSync(built)) {
  console.error(`No CLI build at ${built}: run \`npm run build:cli\` first.`);
  process.exit(1);
}
const require = createRequire(import.meta.url);
const ours = require(built);
const lib = (name) => require(`amazon-cognito-identity-js/lib/${name}`).default;
const AuthenticationHelper = lib('AuthenticationHelper');
const BigInteger = lib('BigInteger');
const DateHelper = lib('DateHelper');
// The HMAC CognitoUser signs with, from where amazon-cognito-identity-js resolves it.
const { Sha256 } = createRequire(require.resolve('amazon-cognito-identity-js'))(
  '@aws-crypto/sha256-js',
);

const poolName = 'ExAmPlE12';
const userIdForSrp = 'a1b2c3d4-1111-2222-3333-444455556666';
const password = 'P\u00e4ssw0rd!-\u00fc';

/** A fresh server challenge: B = g^b mod N for a random b, a salt, a secret block. */
function challenge() {
  const server = createDiffieHellman(getDiffieHellman('modp15').getPrime(), 2);
  const srpB = server.generateKeys('hex');
  return {
    srpB,
    salt: randomBytes(16).toString('hex'),
    secretBlock: randomBytes(512).toString('base64'),
  };
}

function signInOurs(c, privateA, now) {
  const client = ours.createSrpClient(privateA);
  const srpA = client.srpA;
  const claim = client.passwordClaim({ poolName, userIdForSrp, password, ...c, now });
  return { srpA, ...claim };
}

/** What CognitoUser.authenticateUserDefaultAuth does with the helper for SRP_A and the claim. */
function signInTheirs(c, privateA) {
  const Helper =
    privateA === undefined
      ? AuthenticationHelper
      : class extends AuthenticationHelper {
          generateRandomSmallA() {
            return new BigInteger(privateA, 16);
          }
        };
  const helper = new Helper(poolName);
  let srpA = '';
  helper.getLargeAValue((_err, A) => (srpA = A.toString(16)));
  let claim;
  const [B, salt] = [new BigInteger(c.srpB, 16), new BigInteger(c.salt, 16)];
  helper.getPasswordAuthenticationKey(userIdForSrp, password, B, salt, (_err, hkdf) => {
    const timestamp = new DateHelper().getNowString();
    const mac = new Sha256(hkdf);
    mac.update(
      Buffer.concat([
        Buffer.from(poolName, 'utf8'),
        Buffer.from(userIdForSrp, 'utf8'),
        Buffer.from(c.secretBlock, 'base64'),
        Buffer.from(timestamp, 'utf8'),
      ]),
    );
    claim = { signature: Buffer.from(mac.digestSync()).toString('base64'), timestamp };
  });
  return { srpA, ...claim };
}

// Both sides must send the same thing before their speed means anything: same a, same second.
const check = challenge();
const fixedA = randomBytes(128).toString('hex');
const theirs = signInTheirs(check, fixedA);
const mine = signInOurs(check, fixedA, new Date(Date.parse(theirs.timestamp)));
if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
  console.error('Our engine and amazon-cognito-identity-js disagree; fix that before timing.');
  process.exit(1);
}

/** Wall time and this process's CPU time of one call, in ms; CPU time shrugs off a busy machine. */
function time(fn) {
  const [wall0, cpu0] = [process.hrtime.bigint(), process.cpuUsage()];
  fn();
  const cpu = process.cpuUsage(cpu0);
  return {
    wall: Number(process.hrtime.bigint() - wall0) / 1e6,
    cpu: (cpu.user + cpu.system) / 1e3,
  };
}
const median = (xs) => {
  const s = [...xs].sort((p, q) => p - q);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

for (let i = 0; i < WARMUP; i += 1) {
  signInOurs(challenge());
  signInTheirs(challenge());
}
const samples = { ours: [], theirs: [] };
for (let i = 0; i < RUNS; i += 1) {
  const c = challenge();
  // Alternate who goes first so neither always runs on a cache the other warmed.
  for (const who of i % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours']) {
    samples[who].push(time(() => (who === 'ours' ? signInOurs(c) : signInTheirs(c))));
  }
}

const stats = (who, key) => median(samples[who].map((t) => t[key]));
const fmt = (ms) => ms.toFixed(2).padStart(9);
const row = (label, key) => {
  const [o, t] = [stats('ours', key), stats('theirs', key)];
  console.log(`  ${label.padEnd(10)} ${fmt(o)} ${fmt(t)} ${(t / o).toFixed(1).padStart(8)}x`);
  return { o, ratio: t / o };
};
const load = loadavg()[0] ?? 0;
console.log(
  `SRP client cost per sign-in (ms), medians of ${RUNS} interleaved runs after ${WARMUP} warm-up`,
);
console.log(
  `  ${cpus().length} CPUs, load average ${load.toFixed(1)}; wall time needs an idle machine`,
);
console.log(
  `  ${''.padEnd(10)} ${'ours'.padStart(9)} ${'amazon-js'.padStart(9)} ${'ratio'.padStart(9)}`,
);
row('wall', 'wall');
const cpu = row('CPU', 'cpu');
console.log(
  `  targets (CPU): <= ${TARGET_MS} ms ${cpu.o <= TARGET_MS ? 'met' : 'MISSED'}, ` +
    `>= ${TARGET_RATIO}x ${cpu.ratio >= TARGET_RATIO ? 'met' : 'MISSED'}`,
);

// What the CLI process benches share: JWT-shaped tokens to seed the keychain with, and the wall
// time of whole processes, interleaved so every command sees the same machine load.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

/** An unsigned JWT-shaped token: the CLI only decodes cached tokens, never verifies them. */
export function fakeJwt(claims) {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.bench-signature`;
}

/** The median of a list of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs each command ({ args, env }, a Node process; `bin` for another program) `runs` times after
 * `warmup` rounds, rotating who goes first each round; returns each command's median in ms.
 */
export function interleavedMedians(commands, { runs, warmup }) {
  const samples = Object.fromEntries(Object.keys(commands).map((who) => [who, []]));
  const order = Object.keys(commands);
  for (let i = 0; i < warmup + runs; i += 1) {
    const turn = [...order.slice(i % order.length), ...order.slice(0, i % order.length)];
    for (const who of turn) {
      const { args, env, bin } = commands[who];
      const t0 = performance.now();
      const run = spawnSync(bin ?? process.execPath, args, {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const ms = performance.now() - t0;
      if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
      if (i >= warmup) samples[who].push(ms);
    }
  }
  return Object.fromEntries(order.map((who) => [who, median(samples[who])]));
}

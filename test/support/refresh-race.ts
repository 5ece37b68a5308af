// Two processes (the app's role and a CLI's) refreshing one rotating profile at once, round after
// round, over one gnome-keyring and the strict double: the race the cross-process refresh lock
// exists for. Shared by the integration test and the bench.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CognitoDouble } from './cognito-double';
import {
  replyValue,
  startSessionChild,
  type SessionChild,
  type SessionReply,
} from './session-child';

/** What to race. */
export interface RaceOptions {
  double: CognitoDouble;
  /** The keyring's environment (its private bus). */
  env: NodeJS.ProcessEnv;
  serviceName: string;
  poolId: string;
  /** A client with refresh-token rotation and 3-second tokens. */
  clientId: string;
  username: string;
  password: string;
  rounds: number;
  seed: number;
  /** Largest random delay before each process's call, in ms. */
  maxDelayMs: number;
  /** Whether the processes take the cross-process refresh lock. */
  lock: boolean;
}

/** What happened over all rounds. */
export interface RaceResult {
  /** Rounds after which the keychain held no refresh token Cognito still takes. */
  lost: number;
  /** Successful GetTokensFromRefreshToken answers per round. */
  rotations: number[];
  /** Wall time of each process's freshTokens call, in ms. */
  latenciesMs: number[];
  /** What the failed calls said. */
  failures: string[];
}

/** A seeded random number generator in [0, 1) (mulberry32), so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rotationsSoFar(double: CognitoDouble): number {
  return double.requests.filter(
    (r) => r.operation === 'GetTokensFromRefreshToken' && r.status === 200,
  ).length;
}

async function timedCall(
  child: SessionChild,
  delayMs: number,
  name: string,
  latencies: number[],
): Promise<SessionReply> {
  await sleep(delayMs);
  const started = performance.now();
  const reply = await child.call('freshTokens', name);
  latencies.push(performance.now() - started);
  return reply;
}

/** Runs the race and reports lost tokens, rotations per round and call latencies. */
export async function runRefreshRace(options: RaceOptions): Promise<RaceResult> {
  const { double, env, username: name, password } = options;
  const dir = await mkdtemp(join(tmpdir(), 'ctm-race-'));
  const open = {
    dir,
    serviceName: options.serviceName,
    timeoutMs: 5_000,
    crossProcessRefreshLock: options.lock,
  };
  const [app, cli] = await Promise.all([startSessionChild(env), startSessionChild(env)]);
  const random = seededRandom(options.seed);
  const result: RaceResult = { lost: 0, rotations: [], latenciesMs: [], failures: [] };
  try {
    replyValue(await app.open(open));
    replyValue(
      await app.call('addProfile', {
        name,
        userPoolId: options.poolId,
        clientId: options.clientId,
        username: name,
        endpoint: double.endpoint,
        refreshRotation: true,
        // Due in their last second; whole-second iat leaves them fresh for at least a second
        // after a refresh, so the waiting process finds them fresh instead of refreshing again.
        refreshAheadSeconds: 1,
      }),
    );
    let expiresAt = (
      replyValue(await app.call('signIn', name, password)) as {
        tokens: { expiresAt: number };
      }
    ).tokens.expiresAt;
    replyValue(await cli.open(open));
    // The CLI holds the same tokens in memory (on a slow machine they may have been refreshed).
    const held = replyValue(await cli.call('freshTokens', name)) as { expiresAt: number };
    expiresAt = Math.max(expiresAt, held.expiresAt);
    for (let round = 0; round < options.rounds; round += 1) {
      // The tokens are due in their last second: start the round inside it.
      await sleep(Math.max(0, expiresAt - 1_000 - Date.now() + 50));
      const before = rotationsSoFar(double);
      const replies = await Promise.all([
        timedCall(app, random() * options.maxDelayMs, name, result.latenciesMs),
        timedCall(cli, random() * options.maxDelayMs, name, result.latenciesMs),
      ]);
      result.rotations.push(rotationsSoFar(double) - before);
      const failed = replies.flatMap((reply) => (reply.ok ? [] : [reply.error.message]));
      result.failures.push(...failed);
      if (failed.length > 0) {
        // The refresh token was lost: sign in again so the next rounds still measure something.
        result.lost += 1;
        expiresAt = (
          replyValue(await app.call('signIn', name, password)) as {
            tokens: { expiresAt: number };
          }
        ).tokens.expiresAt;
        continue;
      }
      expiresAt = Math.max(
        ...replies.map((reply) => (replyValue(reply) as { expiresAt: number }).expiresAt),
      );
    }
    // What the keychain holds at the end still works, for a third process.
    const last = await startSessionChild(env);
    try {
      replyValue(await last.open(open));
      const reply = await last.call('refreshNow', name);
      if (!reply.ok) {
        result.lost += 1;
        result.failures.push(reply.error.message);
      }
    } finally {
      await last.stop();
    }
  } finally {
    await Promise.all([app.stop(), cli.stop()]);
    await rm(dir, { recursive: true, force: true });
  }
  return result;
}

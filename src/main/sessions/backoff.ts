/** Options of the retry delay after a failed background refresh. */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** A number in [0, 1); injected so tests are repeatable. */
  random: () => number;
}

/** Default retry delays: 5 s, 10 s, 20 s … capped at 5 minutes, with "full jitter" on top half. */
export const DEFAULT_BACKOFF: BackoffOptions = {
  baseMs: 5_000,
  maxMs: 300_000,
  random: Math.random,
};

/**
 * Delay before retry number `attempt` (1-based). Half fixed, half random, so many profiles that
 * failed together (a network outage) do not all retry in the same instant.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * options.random());
}

// Background refresh: one timer per signed-in profile, fired a little after its refresh-ahead
// window opens (jitter spreads profiles that signed in together), a few refreshes at once.
import { backoffDelay } from './backoff';
import { createLimiter } from '../concurrency/limiter';
import type { SessionLog } from './types';

/** What the scheduler needs: a clock, randomness, the refresh to run and a log. */
export interface SchedulerOptions {
  now: () => number;
  random: () => number;
  maxConcurrent: number;
  refresh: (profileId: string) => Promise<unknown>;
  log: SessionLog;
}

/** setTimeout's largest delay; a longer one fires at once (Node sets it to 1 ms). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Longest spread added after the window opens, so 50 profiles do not refresh in one instant. */
const MAX_JITTER_MS = 30_000;

/** Timers that refresh profiles ahead of expiry and retry with backoff after failures. */
export class RefreshScheduler {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #failures = new Map<string, number>();
  readonly #limit: <T>(task: () => Promise<T>) => Promise<T>;
  #running = false;

  readonly #options: SchedulerOptions;
  constructor(options: SchedulerOptions) {
    this.#options = options;
    this.#limit = createLimiter(options.maxConcurrent);
  }

  /** Lets timers be set from now on, and arms a retry for each refresh that failed meanwhile. */
  start(): void {
    this.#running = true;
    for (const [profileId, attempt] of this.#failures)
      this.#setTimer(profileId, this.#delay(attempt));
  }

  /** Clears every timer and sets no more until start(). */
  stop(): void {
    this.#running = false;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  /** Runs a task within the limit of refreshes at once (start-up restores go through here too). */
  run<T>(task: () => Promise<T>): Promise<T> {
    return this.#limit(task);
  }

  /** Plans the refresh of a profile whose tokens expire at `expiresAt`, `aheadMs` before. */
  scheduleAhead(profileId: string, expiresAt: number, aheadMs: number): void {
    if (!this.#running || this.#failures.has(profileId)) return;
    const jitter = this.#options.random() * Math.min(MAX_JITTER_MS, aheadMs / 5);
    this.#setTimer(profileId, expiresAt - aheadMs + jitter - this.#options.now());
  }

  /** Plans another attempt after a failed refresh, later each time. */
  retryLater(profileId: string): void {
    const attempt = (this.#failures.get(profileId) ?? 0) + 1;
    this.#failures.set(profileId, attempt);
    if (!this.#running) return;
    this.#setTimer(profileId, this.#delay(attempt));
  }

  #delay(attempt: number): number {
    return backoffDelay(attempt, { baseMs: 5_000, maxMs: 300_000, random: this.#options.random });
  }

  /** Forgets past failures once a refresh worked. */
  resetFailures(profileId: string): void {
    this.#failures.delete(profileId);
  }

  /** Drops the profile's timer and failure count. */
  cancel(profileId: string): void {
    clearTimeout(this.#timers.get(profileId));
    this.#timers.delete(profileId);
    this.#failures.delete(profileId);
  }

  #setTimer(profileId: string, delayMs: number): void {
    clearTimeout(this.#timers.get(profileId));
    const dueAt = this.#options.now() + Math.max(0, delayMs);
    // Tokens living over ~24.8 days would overflow the timer: wait in steps, re-armed each time.
    const timer = setTimeout(
      () => {
        this.#timers.delete(profileId);
        const left = dueAt - this.#options.now();
        if (left > 0) {
          this.#setTimer(profileId, left);
          return;
        }
        this.#limit(() => this.#options.refresh(profileId)).catch((error: unknown) => {
          this.#options.log.warn(`Background refresh of profile ${profileId} failed.`, error);
        });
      },
      Math.min(MAX_TIMER_MS, Math.max(0, delayMs)),
    );
    // A pending refresh must not keep a process (the CLI, a test) alive.
    timer.unref();
    this.#timers.set(profileId, timer);
  }
}

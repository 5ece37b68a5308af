// The small parts of the session layer: sharing one refresh, limiting how many run at once,
// backoff that grows and spreads, and a scheduler that fires inside the refresh window.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay } from '../../src/main/sessions/backoff';
import { createLimiter } from '../../src/main/concurrency/limiter';
import { RefreshScheduler } from '../../src/main/sessions/refresh-scheduler';
import { SingleFlight } from '../../src/main/concurrency/single-flight';

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('SingleFlight', () => {
  it('shares one running task per key and starts a new one after it settles', async () => {
    const flight = new SingleFlight<number>();
    const gate = deferred<number>();
    const task = vi.fn(() => gate.promise);
    const callers = [flight.run('a', task), flight.run('a', task), flight.run('a', task)];
    expect(task).toHaveBeenCalledTimes(1);
    gate.resolve(7);
    expect(await Promise.all(callers)).toEqual([7, 7, 7]);
    expect(flight.has('a')).toBe(false);
    await flight.run('a', () => Promise.resolve(8));
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('lets a failure reach every waiting caller, then forgets it', async () => {
    const flight = new SingleFlight<number>();
    const failing = () => Promise.reject(new Error('down'));
    await expect(Promise.all([flight.run('k', failing), flight.run('k', failing)])).rejects.toThrow(
      'down',
    );
    expect(await flight.run('k', () => Promise.resolve(1))).toBe(1);
  });
});

describe('createLimiter', () => {
  it('never runs more than the limit at once', async () => {
    const limit = createLimiter(3);
    let active = 0;
    let peak = 0;
    const gates = Array.from({ length: 10 }, () => deferred<undefined>());
    const runs = gates.map((gate) =>
      limit(async () => {
        active += 1;
        peak = Math.max(peak, active);
        await gate.promise;
        active -= 1;
      }),
    );
    await Promise.resolve();
    for (const gate of gates) {
      gate.resolve(undefined);
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(runs);
    expect(peak).toBe(3);
  });
});

describe('backoffDelay', () => {
  it('doubles up to the cap, with half of each delay random', () => {
    const none = { baseMs: 1000, maxMs: 8000, random: () => 0 };
    const all = { ...none, random: () => 0.999999 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, none))).toEqual([
      500, 1000, 2000, 4000, 4000,
    ]);
    expect(backoffDelay(1, all)).toBe(1000);
    expect(backoffDelay(9, all)).toBe(8000);
  });
});

describe('RefreshScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A scheduler whose refresh is a spy; `random` fixes the jitter and backoff spread. */
  function schedulerWith(random: number) {
    const refresh = vi.fn(() => Promise.resolve());
    const scheduler = new RefreshScheduler({
      now: Date.now,
      random: () => random,
      maxConcurrent: 1,
      refresh,
      log: { info: () => undefined, warn: () => undefined },
    });
    return { refresh, scheduler };
  }

  it('fires once the refresh window opens (plus jitter), never before', () => {
    const { refresh, scheduler } = schedulerWith(0.5);
    scheduler.start();
    // Expires at 600 s, refresh 300 s ahead: the window opens at 300 s; jitter 0.5 × 30 s.
    scheduler.scheduleAhead('p', 600_000, 300_000);
    vi.advanceTimersByTime(300_000);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(15_000);
    expect(refresh).toHaveBeenCalledWith('p');
    scheduler.stop();
  });

  it('retries later after each failure, and a cancel stops it', () => {
    const { refresh, scheduler } = schedulerWith(0);
    scheduler.start();
    scheduler.retryLater('p'); // 2.5 s
    scheduler.retryLater('p'); // replaces it: 5 s
    vi.advanceTimersByTime(4_999);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    // While failures are counted, the normal schedule does not override the retry.
    scheduler.scheduleAhead('p', 1, 0);
    scheduler.cancel('p');
    vi.advanceTimersByTime(600_000);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('arms a retry at start for a refresh that failed before background refresh was on', () => {
    const { refresh, scheduler } = schedulerWith(0);
    // The app restored sessions before the network was up; then background refresh began.
    scheduler.retryLater('p');
    scheduler.start();
    vi.advanceTimersByTime(2_500);
    expect(refresh).toHaveBeenCalledWith('p');
    scheduler.stop();
  });

  it('keeps a pending retry when a normal refresh is planned meanwhile (the retry guard)', () => {
    const { refresh, scheduler } = schedulerWith(0);
    scheduler.start();
    scheduler.retryLater('p'); // 2.5 s
    // Say tokens still valid for ten minutes are seen meanwhile: the retry must not wait for them.
    scheduler.scheduleAhead('p', 600_000, 0);
    vi.advanceTimersByTime(2_500);
    expect(refresh).toHaveBeenCalledTimes(1);
    scheduler.stop();
  });

  it('waits out tokens that live longer than a timer can (2^31-1 ms, about 24.8 days)', () => {
    const { refresh, scheduler } = schedulerWith(0);
    scheduler.start();
    const day = 86_400_000;
    scheduler.scheduleAhead('p', 40 * day, day);
    vi.advanceTimersByTime(38 * day);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(day + 1);
    expect(refresh).toHaveBeenCalledTimes(1);
    scheduler.stop();
  });
});

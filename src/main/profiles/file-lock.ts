// A cross-process lock file, so the app and the CLI never interleave read-modify-write cycles.
// The store's lock is synchronous (conf is, and its critical section lasts milliseconds); the
// asynchronous one waits without holding the event loop, for sections that span network calls.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProfileError } from '../../shared/errors';
import { PRODUCT_NAME } from '../../shared/product';

/** How long to wait for a lock, and when a held lock counts as abandoned. */
export interface FileLockOptions {
  /** Give up after this long (default 5000 ms). */
  timeoutMs?: number;
  /** A lock older than this is taken over even if its owner seems alive (default 10 000 ms). */
  staleMs?: number;
}

interface LockOwner {
  pid: number;
  host: string;
  token: string;
  createdAt: number;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function sleepSync(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(content: string): LockOwner | null {
  try {
    const value = JSON.parse(content) as Partial<LockOwner> | null;
    if (typeof value?.pid !== 'number' || typeof value.createdAt !== 'number') return null;
    return {
      pid: value.pid,
      host: String(value.host),
      token: String(value.token),
      createdAt: value.createdAt,
    };
  } catch {
    return null;
  }
}

/** Reads the lock and says whether its owner is gone: dead pid on this host, or older than staleMs. */
function isStale(lockPath: string, content: string, staleMs: number): boolean {
  const owner = readOwner(content);
  if (owner === null) {
    // Empty or half-written: only an owner that died between create and write leaves it for long.
    try {
      return Date.now() - fs.statSync(lockPath).mtimeMs > staleMs;
    } catch {
      return false; // released meanwhile
    }
  }
  if (owner.host === os.hostname() && !processAlive(owner.pid)) return true;
  return Date.now() - owner.createdAt > staleMs;
}

/** Removes a stale lock, unless another process replaced it since we looked. */
function breakStaleLock(lockPath: string, seen: string): void {
  const aside = `${lockPath}.stale-${randomUUID()}`;
  try {
    fs.renameSync(lockPath, aside); // atomic: of two breakers, only one moves a given file
  } catch {
    return;
  }
  if (fs.readFileSync(aside, 'utf8') !== seen) {
    // We moved a fresh lock taken after our look: put it back if the slot is still free.
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // Someone else holds a newer lock now; the moved one is lost either way.
    }
  }
  fs.rmSync(aside, { force: true });
}

function tryCreate(lockPath: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function readLock(lockPath: string): string | null {
  try {
    return fs.readFileSync(lockPath, 'utf8');
  } catch {
    return null; // released between our attempt and our look
  }
}

function newOwner(lockPath: string): LockOwner {
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  return { pid: process.pid, host: os.hostname(), token: randomUUID(), createdAt: 0 };
}

/** One try: true when taken; a stale lock is broken on the way (the caller then tries again). */
function tryTake(lockPath: string, owner: LockOwner, staleMs: number): boolean | 'retry' {
  if (tryCreate(lockPath, { ...owner, createdAt: Date.now() })) return true;
  const content = readLock(lockPath);
  if (content !== null && isStale(lockPath, content, staleMs)) {
    breakStaleLock(lockPath, content);
    return 'retry';
  }
  return false;
}

function lockedError(lockPath: string): ProfileError {
  return new ProfileError(
    'store-locked',
    `Another ${PRODUCT_NAME} process kept the profile store locked (${lockPath}); try again in a moment.`,
  );
}

/** Takes the lock at `lockPath` (waiting with backoff) and returns a token for releaseFileLock. */
export function acquireFileLock(lockPath: string, options: FileLockOptions = {}): string {
  const { timeoutMs = 5000, staleMs = 10_000 } = options;
  const owner = newOwner(lockPath);
  const deadline = Date.now() + timeoutMs;
  let delay = 1;
  for (;;) {
    const taken = tryTake(lockPath, owner, staleMs);
    if (taken === true) return owner.token;
    if (taken === 'retry') continue;
    if (Date.now() >= deadline) throw lockedError(lockPath);
    // Jitter keeps several waiting processes from retrying in step.
    sleepSync(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 25);
  }
}

/** acquireFileLock without blocking the event loop: waits on timers, same stale-lock rule. */
export async function acquireFileLockAsync(
  lockPath: string,
  options: FileLockOptions = {},
): Promise<string> {
  const { timeoutMs = 5000, staleMs = 10_000 } = options;
  const owner = newOwner(lockPath);
  const deadline = Date.now() + timeoutMs;
  let delay = 1;
  for (;;) {
    const taken = tryTake(lockPath, owner, staleMs);
    if (taken === true) return owner.token;
    if (taken === 'retry') continue;
    if (Date.now() >= deadline) throw lockedError(lockPath);
    await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
    // A waiter here waits on a network call: polling every few ms costs one failed open each,
    // and keeps the wait after the holder lets go under 5 ms.
    delay = Math.min(delay * 2, 2);
  }
}

/** Runs async `fn` while holding the lock file at `lockPath`, never blocking the event loop. */
export async function withFileLockAsync<T>(
  lockPath: string,
  fn: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const token = await acquireFileLockAsync(lockPath, options);
  try {
    return await fn();
  } finally {
    releaseFileLock(lockPath, token);
  }
}

/** Releases a lock taken by acquireFileLock, unless it was taken over as stale meanwhile. */
export function releaseFileLock(lockPath: string, token: string): void {
  const content = readLock(lockPath);
  if (content !== null && readOwner(content)?.token === token) fs.rmSync(lockPath, { force: true });
}

/** Runs `fn` while holding the lock file at `lockPath`. */
export function withFileLock<T>(lockPath: string, fn: () => T, options: FileLockOptions = {}): T {
  const token = acquireFileLock(lockPath, options);
  try {
    return fn();
  } finally {
    releaseFileLock(lockPath, token);
  }
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProfileError } from '../../src/shared/errors';
import {
  acquireFileLock,
  releaseFileLock,
  withFileLock,
  withFileLockAsync,
} from '../../src/main/profiles/file-lock';

let dir: string;
let lockPath: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctm-lock-'));
  lockPath = path.join(dir, 'profiles.json.lock');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function deadPid(): number {
  // A process that has exited: its pid is free (and, within this test, not reused).
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('file lock', () => {
  it('holds the lock while fn runs and removes it afterwards', () => {
    const seen = withFileLock(lockPath, () => fs.existsSync(lockPath));
    expect(seen).toBe(true);
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('releases the lock when fn throws', () => {
    expect(() =>
      withFileLock(lockPath, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('times out with a ProfileError while a live process holds it', () => {
    const token = acquireFileLock(lockPath);
    const started = Date.now();
    let error: unknown;
    try {
      withFileLock(lockPath, () => 1, { timeoutMs: 150 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).code).toBe('store-locked');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    releaseFileLock(lockPath, token);
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('takes over a lock whose owner died', () => {
    const owner = { pid: deadPid(), host: os.hostname(), token: 't', createdAt: Date.now() };
    fs.writeFileSync(lockPath, JSON.stringify(owner));
    expect(withFileLock(lockPath, () => 'ran', { timeoutMs: 200 })).toBe('ran');
  });

  it('takes over a lock older than staleMs even if its owner looks alive', () => {
    const owner = {
      pid: process.pid,
      host: 'elsewhere',
      token: 't',
      createdAt: Date.now() - 60_000,
    };
    fs.writeFileSync(lockPath, JSON.stringify(owner));
    expect(withFileLock(lockPath, () => 'ran', { timeoutMs: 200, staleMs: 10_000 })).toBe('ran');
  });

  it('waits for, rather than breaks, a fresh lock from another host', () => {
    const owner = { pid: 1, host: 'elsewhere', token: 't', createdAt: Date.now() };
    fs.writeFileSync(lockPath, JSON.stringify(owner));
    expect(() => withFileLock(lockPath, () => 1, { timeoutMs: 100 })).toThrow(ProfileError);
    expect(fs.existsSync(lockPath)).toBe(true);
  });

  it('does not remove a lock that someone else took over', () => {
    const token = acquireFileLock(lockPath);
    fs.writeFileSync(lockPath, JSON.stringify({ pid: 1, host: 'x', token: 'other', createdAt: 0 }));
    releaseFileLock(lockPath, token);
    expect(fs.existsSync(lockPath)).toBe(true);
  });

  it('async: waits for a held lock while the event loop keeps running, then takes it', async () => {
    const held = acquireFileLock(lockPath);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 1);
    const order: string[] = [];
    const waiting = withFileLockAsync(lockPath, () => {
      order.push('second');
      return Promise.resolve(ticks);
    });
    // The waiter cannot have the lock yet; this process still runs timers meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 30));
    order.push('first done');
    releaseFileLock(lockPath, held);
    const ticksWhileWaiting = await waiting;
    clearInterval(ticker);
    expect(order).toEqual(['first done', 'second']);
    expect(ticksWhileWaiting).toBeGreaterThan(0);
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('async: takes over a lock whose owner died', async () => {
    fs.writeFileSync(
      lockPath,
      JSON.stringify({ pid: deadPid(), host: os.hostname(), token: 'gone', createdAt: Date.now() }),
    );
    expect(await withFileLockAsync(lockPath, () => Promise.resolve('ran'))).toBe('ran');
  });
});

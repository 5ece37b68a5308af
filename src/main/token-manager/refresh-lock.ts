// The per-profile refresh lock shared by every process using one data folder: a lock file in
// `locks/` beside the profile file, taken without blocking the event loop (the app's main thread).
import path from 'node:path';
import { withFileLockAsync } from '../profiles/file-lock';

/** A refresh spans network calls and their retries: wait up to this long for another's. */
const WAIT_MS = 30_000;
/** Longer than any refresh with its retries; a dead owner on this host is detected at once. */
const STALE_MS = 60_000;

/** The lock for rotating refreshes of the store at `storePath`, one file per profile. */
export function refreshLockBeside(
  storePath: string,
): <T>(profileId: string, work: () => Promise<T>) => Promise<T> {
  const dir = path.join(path.dirname(storePath), 'locks');
  return (profileId, work) =>
    withFileLockAsync(path.join(dir, `refresh-${encodeURIComponent(profileId)}.lock`), work, {
      timeoutMs: WAIT_MS,
      staleMs: STALE_MS,
    });
}

// The per-profile refresh lock shared by every process using one data folder: a lock file in
// `locks/` beside the profile file, taken without blocking the event loop (the app's main thread).
import path from 'node:path';
import { withFileLockAsync } from '../profiles/file-lock';

/** A refresh spans network calls and their retries: wait up to this long for another's. */
const WAIT_MS = 30_000;
/** Longer than any refresh with its retries; a dead owner on this host is detected at once. */
const STALE_MS = 60_000;

/** A per-profile lock shared by every process using one data folder. */
export type ProfileLock = <T>(profileId: string, work: () => Promise<T>) => Promise<T>;

/** Per-profile lock files named `<prefix>-<profile id>.lock` in `locks/` beside the store. */
function lockBeside(storePath: string, prefix: string): ProfileLock {
  const dir = path.join(path.dirname(storePath), 'locks');
  return (profileId, work) =>
    withFileLockAsync(path.join(dir, `${prefix}-${encodeURIComponent(profileId)}.lock`), work, {
      timeoutMs: WAIT_MS,
      staleMs: STALE_MS,
    });
}

/** The lock for rotating refreshes of the store at `storePath`, one file per profile. */
export function refreshLockBeside(storePath: string): ProfileLock {
  return lockBeside(storePath, 'refresh');
}

/** The lock for fetching a profile's AWS credentials, so two processes never fetch twice. */
export function awsCredentialsLockBeside(storePath: string): ProfileLock {
  return lockBeside(storePath, 'aws-credentials');
}

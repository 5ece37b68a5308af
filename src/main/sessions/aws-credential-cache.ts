// An identity pool's AWS credentials in the keychain: four items per profile, the expiry written
// last and removed first, so a reader never pairs a new key with an old secret. Plain reads over a
// SecretVault, so the CLI's quick path uses them without the store or the SDK.
import type { SecretVault } from '../secrets/types';

/** The keychain items of one cached set, the expiry last. */
export const AWS_CREDENTIAL_KINDS = [
  'aws-access-key-id',
  'aws-secret-access-key',
  'aws-session-token',
  'aws-expiration',
] as const;

/** Credentials are renewed this long before they expire. */
export const AWS_RENEW_AHEAD_MS = 5 * 60_000;

/** A cached set of AWS credentials (no identity id: that lives in the store). */
export interface CachedAwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Epoch milliseconds. */
  expiration: number;
}

/** True while the set is good for more than the renewal margin at `now` (AWS's time). */
export function isUsable(credentials: CachedAwsCredentials, now: number): boolean {
  return credentials.expiration - AWS_RENEW_AHEAD_MS > now;
}

/** The cached set of a profile, or null when any item is missing or the expiry is unreadable. */
export async function readAwsCredentials(
  vault: Pick<SecretVault, 'get'>,
  profileId: string,
): Promise<CachedAwsCredentials | null> {
  // All at once (each is a round trip to the keychain); without the expiry, which is written
  // last, the others may be left from a write that never finished.
  const [accessKeyId, secretAccessKey, sessionToken, expiry] = await Promise.all([
    vault.get(profileId, 'aws-access-key-id'),
    vault.get(profileId, 'aws-secret-access-key'),
    vault.get(profileId, 'aws-session-token'),
    vault.get(profileId, 'aws-expiration'),
  ]);
  const expiration = Number(expiry);
  if (expiry === null || !Number.isSafeInteger(expiration)) return null;
  if (!accessKeyId || !secretAccessKey || !sessionToken) return null;
  return { accessKeyId, secretAccessKey, sessionToken, expiration };
}

/** Caches a new set: the old expiry goes first, the new one comes last. */
export async function writeAwsCredentials(
  vault: SecretVault,
  profileId: string,
  credentials: CachedAwsCredentials,
): Promise<void> {
  await vault.delete(profileId, 'aws-expiration');
  await vault.set(profileId, 'aws-access-key-id', credentials.accessKeyId);
  await vault.set(profileId, 'aws-secret-access-key', credentials.secretAccessKey);
  await vault.set(profileId, 'aws-session-token', credentials.sessionToken);
  await vault.set(profileId, 'aws-expiration', String(credentials.expiration));
}

/** Forgets a profile's cached set; tries every item, then throws the first failure. */
export async function forgetAwsCredentials(vault: SecretVault, profileId: string): Promise<void> {
  const results = await Promise.allSettled(
    AWS_CREDENTIAL_KINDS.map((kind) => vault.delete(profileId, kind)),
  );
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason instanceof Error ? failed.reason : new Error('delete failed');
}

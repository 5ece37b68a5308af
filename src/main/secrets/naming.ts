// Keychain item names. Changing any of these orphans every item users already have.
import type { SecretKind } from './types';

/** Keychain service name of release builds. */
export const SERVICE_NAME = 'cognito-token-manager';

/** Keychain service name of development builds, so they never touch a user's real items. */
export const DEV_SERVICE_NAME = 'cognito-token-manager-dev';

/**
 * The keychain service name. The app and the CLI must pass the same `isDev` for the same build,
 * or one will not see the other's secrets.
 */
export function vaultServiceName(isDev: boolean): string {
  return isDev ? DEV_SERVICE_NAME : SERVICE_NAME;
}

/** The account of the item holding one kind of secret for one profile: `<profileId>:<kind>`. */
export function accountName(profileId: string, kind: SecretKind): string {
  return `${profileId}:${kind}`;
}

/**
 * The account of chunk `n` (1-based) of a value split across items: `<account>#<n>`.
 * No base account ends in `#<digits>` (it ends in a kind), so the names never collide.
 */
export function chunkAccountName(account: string, n: number): string {
  return `${account}#${n}`;
}

// The vault's vocabulary: what is stored, the index that finds it again, and the probe's verdict.
// Plain Node; nothing here loads keytar.
import type { VAULT_FAILURE_REASONS } from '../../shared/error-codes';

/** Every kind of secret the vault stores; which kinds a profile may keep is the caller's policy. */
export const SECRET_KINDS = [
  'refresh-token',
  'client-secret',
  'id-token',
  'access-token',
  'password',
  // A remembered device (device tracking): one item each, as Windows' size limit wants.
  'device-key',
  'device-group-key',
  'device-password',
  // An identity pool's AWS credentials, cached until shortly before they expire; one item each.
  'aws-access-key-id',
  'aws-secret-access-key',
  'aws-session-token',
  'aws-expiration',
] as const;

/** One kind of secret kept per profile. */
export type SecretKind = (typeof SECRET_KINDS)[number];

/** True when a value is one of SECRET_KINDS (index entries come from a file and are untrusted). */
export function isSecretKind(value: unknown): value is SecretKind {
  return typeof value === 'string' && (SECRET_KINDS as readonly string[]).includes(value);
}

/** Stores one secret value per (profile, kind); the keychain vault and its in-memory twin. */
export interface SecretVault {
  /** The stored value, or null when there is none (a locked keyring also reads as null). */
  get(profileId: string, kind: SecretKind): Promise<string | null>;
  /** Stores or replaces the value; throws a VaultError when it cannot be kept. */
  set(profileId: string, kind: SecretKind, value: string): Promise<void>;
  /** Removes the value; true when something was removed. */
  delete(profileId: string, kind: SecretKind): Promise<boolean>;
  /** Removes every kind stored for the profile; returns how many values were removed. */
  deleteAll(profileId: string): Promise<number>;
}

/** One (profile, kind) pair the keychain may hold. */
export interface VaultIndexEntry {
  profileId: string;
  kind: SecretKind;
}

/**
 * Where the vault records what it has put in the keychain, because listing the keychain
 * (keytar's listing call) crashes the process on a locked keyring. Implemented by the profile
 * store; may list more than the keychain holds, never less.
 */
export interface VaultIndex {
  add(profileId: string, kind: SecretKind): void | Promise<void>;
  remove(profileId: string, kind: SecretKind): void | Promise<void>;
  /** Entries as stored; kinds the vault does not know are skipped, so they may be any string. */
  list(): readonly StoredIndexEntry[] | Promise<readonly StoredIndexEntry[]>;
}

/** An index entry as read back from a file: the kind is not trusted to be a SecretKind. */
export interface StoredIndexEntry {
  profileId: string;
  kind: string;
}

/** The logger the vault writes to; it never receives a secret value. */
export interface VaultLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** Why the keychain cannot be used this session. */
export type VaultFailureReason = (typeof VAULT_FAILURE_REASONS)[number];

/** The start-up probe's verdict; `message` is one sentence to show the user once. */
export type VaultStatus = { ok: true } | { ok: false; reason: VaultFailureReason; message: string };

/**
 * The three keytar calls the vault uses. its listing call is left out on purpose: it segfaults
 * on a locked keyring or on an item without an account attribute.
 */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

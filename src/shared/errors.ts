// The one error family: every failure the app raises on purpose is an AppError, with a stable
// code, one sentence a user can act on, per-field details and a kind (input, rejected, network,
// store, keychain). The engine raises AuthError, the vault VaultError, the profile store
// ProfileError. Pure (no zod, no Node), so every layer, the CLI's quick paths included, imports
// it; error-surfaces.ts says how each surface shows one.
import { AUTH_ERROR_KIND, type AuthErrorCode, type AuthErrorKind } from './auth';
import { PROFILE_ERROR_CODES, type VAULT_ERROR_CODES } from './error-codes';

/**
 * What kind of failure: the caller's input, a refusal (Cognito's, or the desktop's), the network
 * or the service, the profile file, or the keychain.
 */
export type ErrorKind = 'input' | 'rejected' | 'network' | 'store' | 'keychain';

/** A stable, machine-readable reason for a failed profile operation. */
export type ProfileErrorCode = (typeof PROFILE_ERROR_CODES)[number];

/** Stable reasons a vault operation fails: bad input, a value too big, or the keychain's state. */
export type VaultErrorCode = (typeof VAULT_ERROR_CODES)[number];

/** Every stable code an AppError carries (the bridge's error codes add their own). */
export type AppErrorCode = AuthErrorCode | ProfileErrorCode | VaultErrorCode;

/** The base of the family: a code, one sentence (never a secret), details and a kind. */
export abstract class AppError extends Error {
  /**
   * @param code stable machine-readable reason
   * @param message one sentence saying what is wrong and what to do; never holds a secret
   * @param details one sentence per bad field, e.g. `auth.user_pool_id: "xyz" is not a user pool id (…).`
   * @param options.cause the original error, for the log only
   */
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** What kind of failure this is: the surfaces decide by it alone. */
  abstract get kind(): ErrorKind;
}

/** True for any error of the family (raised on purpose, with a sentence a user may read). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** The engine's error (Cognito, OAuth, Cognito Identity): input, rejected or network. */
export class AuthError extends AppError {
  override readonly name = 'AuthError';
  declare readonly code: AuthErrorCode;

  /**
   * @param code stable machine-readable reason
   * @param message one sentence saying what is wrong and what to do; never holds a secret
   * @param options.cause the original error, for the log only
   */
  constructor(code: AuthErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, [], options);
  }

  /** input, rejected or network: what the CLI turns into exit codes 2, 3 and 4. */
  get kind(): AuthErrorKind {
    return AUTH_ERROR_KIND[this.code];
  }
}

/**
 * True when a value is an AuthError of this copy of the module: it is an instanceof check, so an
 * error from a second, separately bundled copy of the engine would not pass.
 */
export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}

/** Cognito answered with something the engine cannot read: one sentence saying what. */
export function unexpectedResponse(sentence: string): AuthError {
  return new AuthError('unexpected-response', sentence);
}

/** The vault's error: bad input (a value too big) or the keychain's state; never a secret value. */
export class VaultError extends AppError {
  override readonly name = 'VaultError';
  declare readonly code: VaultErrorCode;

  /**
   * @param code stable machine-readable reason
   * @param message one sentence saying what failed and what to do
   * @param options.cause keytar's original error, for the log only
   */
  constructor(code: VaultErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, [], options);
  }

  /** input for what the caller gave, keychain for the keychain's own state. */
  get kind(): 'input' | 'keychain' {
    return this.code === 'invalid-input' || this.code === 'value-too-large' ? 'input' : 'keychain';
  }
}

/** True when a value is a VaultError. */
export function isVaultError(value: unknown): value is VaultError {
  return value instanceof VaultError;
}

export { PROFILE_ERROR_CODES };

const STORE_CODES: ReadonlySet<ProfileErrorCode> = new Set([
  'store-locked',
  'store-unreadable',
  'store-newer-version',
  'export-failed',
]);

/** The profile store's error: a code, a sentence, and per-field sentences. */
export class ProfileError extends AppError {
  override readonly name = 'ProfileError';
  declare readonly code: ProfileErrorCode;

  /**
   * @param code stable machine-readable reason
   * @param message one sentence saying what is wrong and what to do; never holds a secret
   * @param details one sentence per bad field
   * @param options.cause the original error, for the log only
   */
  constructor(
    code: ProfileErrorCode,
    message: string,
    details: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(code, message, details, options);
  }

  /** input: the caller can fix what was asked; store: the file or its lock is the problem. */
  get kind(): 'input' | 'store' {
    return STORE_CODES.has(this.code) ? 'store' : 'input';
  }
}

/** True when a value is a ProfileError. */
export function isProfileError(value: unknown): value is ProfileError {
  return value instanceof ProfileError;
}

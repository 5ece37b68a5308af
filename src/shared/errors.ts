// The errors every layer raises and every surface recognises: the engine's AuthError, the
// vault's VaultError and the profile store's ProfileError. Pure (no zod, no Node), so the CLI's
// quick paths, main and the tests import them from one place.
import { AUTH_ERROR_KIND, type AuthErrorCode, type AuthErrorKind } from './auth';
import { PROFILE_ERROR_CODES, type VAULT_ERROR_CODES } from './error-codes';

/** The one error type of the engine: a stable code and one sentence a user can act on. */
export class AuthError extends Error {
  override readonly name = 'AuthError';

  /**
   * @param code stable machine-readable reason
   * @param message one sentence saying what is wrong and what to do; never holds a secret
   * @param options.cause the original error, for the log only
   */
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
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

/** Stable reasons a vault operation fails: bad input, a value too big, or the keychain's state. */
export type VaultErrorCode = (typeof VAULT_ERROR_CODES)[number];

/** The vault's one error type: a stable code and one sentence; never holds a secret value. */
export class VaultError extends Error {
  override readonly name = 'VaultError';

  /**
   * @param code stable machine-readable reason
   * @param message one sentence saying what failed and what to do
   * @param options.cause keytar's original error, for the log only
   */
  constructor(
    readonly code: VaultErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when a value is a VaultError. */
export function isVaultError(value: unknown): value is VaultError {
  return value instanceof VaultError;
}

export { PROFILE_ERROR_CODES };

/** A stable, machine-readable reason for a failed profile operation. */
export type ProfileErrorCode = (typeof PROFILE_ERROR_CODES)[number];

/** input: the caller can fix what was asked; store: the file or its lock is the problem. */
export type ProfileErrorKind = 'input' | 'store';

const STORE_CODES: ReadonlySet<ProfileErrorCode> = new Set([
  'store-locked',
  'store-unreadable',
  'store-newer-version',
  'export-failed',
]);

/** The one error type of the profile store: a code, a sentence, and per-field sentences. */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';

  /**
   * @param code stable machine-readable reason
   * @param message one sentence saying what is wrong and what to do; never holds a secret
   * @param details one sentence per bad field, e.g. `auth.user_pool_id: "xyz" is not a user pool id (…).`
   * @param options.cause the original error, for the log only
   */
  constructor(
    readonly code: ProfileErrorCode,
    message: string,
    readonly details: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** input or store: the CLI maps input to exit code 2 and store problems to its own code. */
  get kind(): ProfileErrorKind {
    return STORE_CODES.has(this.code) ? 'store' : 'input';
  }
}

/** True when a value is a ProfileError. */
export function isProfileError(value: unknown): value is ProfileError {
  return value instanceof ProfileError;
}

// Profile and store failures as values: a stable code, one sentence a user can act on, and for
// validation failures one more sentence per bad field.

import { PROFILE_ERROR_CODES } from '../../shared/error-codes';

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

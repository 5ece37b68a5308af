import { AUTH_ERROR_KIND, type AuthErrorCode, type AuthErrorKind } from '../../shared/auth';

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

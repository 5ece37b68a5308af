import type { VaultFailureReason } from './types';

/** Stable reasons a vault operation fails: bad input, a value too big, or the keychain's state. */
export type VaultErrorCode = 'invalid-input' | 'value-too-large' | VaultFailureReason;

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

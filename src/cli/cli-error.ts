// Errors the CLI raises itself (bad flags, missing input); the engine raises AuthError.
import { EXIT, type ExitCode } from '../shared/exit-codes';

/** A failure with one user-facing sentence (never a secret) and the exit code it maps to. */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    /** One of EXIT's codes; 126 or 127 when exec cannot start its command, as shells say. */
    readonly exitCode: ExitCode | 126 | 127 = EXIT.input,
  ) {
    super(message);
  }
}

/** Shorthand for the most common case: bad input, exit 2. */
export function usageError(sentence: string): CliError {
  return new CliError(sentence, EXIT.input);
}

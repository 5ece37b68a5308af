// How each surface shows a failure of the error family: the bridge's error value, the CLI's exit
// code and the tray's notification. Each decides by the error's kind alone, so no surface reaches
// into the engine or the stores to recognise what went wrong. Anything outside the family is
// unexpected: its details go to the log, and the user reads one sentence saying so.
import type { IpcError } from './contract';
import { isAppError, type AppError, type ErrorKind } from './errors';
import { EXIT, type ExitCode } from './exit-codes';

/** What a user reads when something outside the family failed (the log has the details). */
export const UNEXPECTED_SENTENCE =
  'Something went wrong inside the app; the details are in its log.';

/** The error as it crosses the bridge: its code, its sentence and any per-field details. */
export function toIpcError(error: AppError): IpcError {
  return error.details.length > 0
    ? { code: error.code, message: error.message, details: [...error.details] }
    : { code: error.code, message: error.message };
}

const EXIT_BY_KIND: Readonly<Record<ErrorKind, ExitCode>> = {
  input: EXIT.input,
  rejected: EXIT.rejected,
  network: EXIT.network,
  // A profile file or keychain problem is not the caller's to fix with other arguments.
  store: EXIT.unexpected,
  keychain: EXIT.unexpected,
};

/** The CLI's exit code for an error of the family: input 2, rejected 3, network 4, else 1. */
export function exitCodeOf(error: AppError): ExitCode {
  return EXIT_BY_KIND[error.kind];
}

/** The log line for a failure whose cause is worth keeping (the file's or the keychain's state). */
export function logLineOf(error: AppError): string | undefined {
  if (error.kind === 'store') return `Profile store failed (${error.code}).`;
  if (error.kind === 'keychain') return `Keychain call failed (${error.code}).`;
  return undefined;
}

/**
 * The one sentence a notification shows: the family's own, else UNEXPECTED_SENTENCE after
 * handing the error to `unexpected` (for the log).
 */
export function errorSentence(error: unknown, unexpected: (error: unknown) => void): string {
  if (isAppError(error)) return error.message;
  unexpected(error);
  return UNEXPECTED_SENTENCE;
}

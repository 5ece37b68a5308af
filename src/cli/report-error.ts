// Turns any failure into one line on stderr and an exit code; stacks go to the log file, and to
// stderr only when asked for.
import { isAppError } from '../shared/errors';
import { exitCodeOf, logLineOf } from '../shared/error-surfaces';
import { describeError, type FileLog } from '../main/log/file-log';
import { CliError } from './cli-error';
import { EXIT, type ExitCode } from '../shared/exit-codes';
import type { CliIo } from './io';

/** The environment variable that turns on stack traces for unexpected errors. */
export const DEBUG_ENV = 'COGNITO_TOKENS_DEBUG';

/** Per-field sentences shown above the error line, at most this many. */
const MAX_DETAILS = 8;

function unexpectedSentence(log: FileLog): string {
  return `Something unexpected went wrong; the details are in ${log.path} (or run again with ${DEBUG_ENV}=1 to see them).`;
}

/** The sentence, the exit code and any detail lines for an error. */
function classify(
  error: unknown,
  log: FileLog,
): { sentence: string; code: ExitCode | 126 | 127; details: readonly string[] } {
  if (error instanceof CliError)
    return { sentence: error.message, code: error.exitCode, details: [] };
  if (isAppError(error)) {
    // Known outcomes; a profile file's or keychain's state is worth the log (the sessions layer
    // logs what else is worth keeping, such as a failed refresh).
    const logLine = logLineOf(error);
    if (logLine !== undefined) log.warn(logLine, error);
    return { sentence: error.message, code: exitCodeOf(error), details: error.details };
  }
  log.error('Unexpected error.', error);
  return { sentence: unexpectedSentence(log), code: EXIT.unexpected, details: [] };
}

/** Writes `cognito-tokens: <sentence>` to stderr (scrubbed by the log's secrets) and returns the exit code. */
export function reportError(error: unknown, io: CliIo, log: FileLog): ExitCode | 126 | 127 {
  const { sentence, code, details } = classify(error, log);
  const oneLine = log.scrub(sentence).replace(/\s*\n\s*/g, ' ');
  io.stderr.write(`cognito-tokens: ${oneLine}\n`);
  // The sentence first, then what it refers to, one bad field a line.
  for (const detail of details.slice(0, MAX_DETAILS)) {
    io.stderr.write(`  ${log.scrub(detail).replace(/\s*\n\s*/g, ' ')}\n`);
  }
  if (io.env[DEBUG_ENV] === '1' && !(error instanceof CliError)) {
    io.stderr.write(`${log.scrub(describeError(error))}\n`);
  }
  return code;
}

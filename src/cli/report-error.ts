// Turns any failure into one line on stderr and an exit code; stacks only when asked for.
import { inspect } from 'node:util';
import { isAuthError } from '../main/cognito/auth-error';
import { CliError } from './cli-error';
import { EXIT, exitCodeForKind, type ExitCode } from './exit-codes';
import type { CliIo } from './io';
import type { SecretSet } from './redact';

/** The environment variable that turns on stack traces for unexpected errors. */
export const DEBUG_ENV = 'COGNITO_TOKENS_DEBUG';

const UNEXPECTED = `Something unexpected went wrong; run again with ${DEBUG_ENV}=1 to see the details.`;

/** The stack of an error and of each cause below it, for the debug log. */
function describeChain(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? current.message) : inspect(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join('\nCaused by: ');
}

/** Writes `cognito-tokens: <sentence>` to stderr and returns the exit code for the error. */
export function reportError(error: unknown, io: CliIo, secrets: SecretSet): ExitCode {
  let sentence = UNEXPECTED;
  let code: ExitCode = EXIT.unexpected;
  if (error instanceof CliError) {
    sentence = error.message;
    code = error.exitCode;
  } else if (isAuthError(error)) {
    sentence = error.message;
    code = exitCodeForKind(error.kind);
  }
  const oneLine = secrets.scrub(sentence).replace(/\s*\n\s*/g, ' ');
  io.stderr.write(`cognito-tokens: ${oneLine}\n`);
  if (io.env[DEBUG_ENV] === '1' && !(error instanceof CliError)) {
    io.stderr.write(`${secrets.scrub(describeChain(error))}\n`);
  }
  return code;
}

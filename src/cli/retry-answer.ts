// A person at a terminal who mistypes a code or picks a password the policy refuses gets asked
// again (Cognito's session or code is still good); a script's -env value is not asked again.
import { isAuthError } from '../shared/errors';
import type { AuthErrorCode } from '../shared/auth';
import type { CliIo } from './io';

/** How many times a person may answer before the command gives up with Cognito's sentence. */
export const ANSWER_TRIES = 3;

/**
 * Runs `attempt` up to ANSWER_TRIES times while it fails with one of `retryOn` and a person is
 * there to answer again (`askAgain`); each refusal's sentence is shown first. `attempt` learns
 * the code of the previous refusal (undefined on the first try), to ask again for that answer.
 */
export async function retryWhileRefused<T, C extends AuthErrorCode>(
  io: CliIo,
  retryOn: readonly C[],
  askAgain: boolean,
  attempt: (refused: C | undefined) => Promise<T>,
): Promise<T> {
  let refused: C | undefined;
  for (let tryNumber = 1; ; tryNumber++) {
    try {
      return await attempt(refused);
    } catch (error) {
      if (!isAuthError(error)) throw error;
      const code = retryOn.find((c) => c === error.code);
      if (code === undefined || !askAgain || tryNumber >= ANSWER_TRIES) throw error;
      io.stderr.write(`${error.message}\n`);
      refused = code;
    }
  }
}

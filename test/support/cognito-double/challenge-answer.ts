// Checks every RespondToAuthChallenge shares: who answers, and their SECRET_HASH.
import type { DoubleContext } from './context';
import { invalidSession } from './errors';
import { requiredParam } from './params';
import { checkSecretHash } from './secret-hash';
import type { ChallengeSession } from './sessions';
import type { DoubleUser } from './types';

/**
 * The user answering a session's challenge. USERNAME must name the session's user (an alias is
 * accepted), but SECRET_HASH is always over the internal username the challenge handed out.
 */
export function answeringUser(
  context: DoubleContext,
  session: ChallengeSession,
  responses: Record<string, string>,
): DoubleUser {
  const username = requiredParam(responses, 'USERNAME');
  const { user } = session;
  if (!user || context.directory.findUser(session.pool, username) !== user) throw invalidSession();
  checkSecretHash(session.client, user.username, responses.SECRET_HASH);
  return user;
}

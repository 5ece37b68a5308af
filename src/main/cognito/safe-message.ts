// Cognito's own messages are often the most useful thing to show, but a message may echo what was
// sent. Only a message that holds no known secret and nothing that looks like a token or a Session
// is ever quoted.

/** A JWT, or the start of one. */
const JWT_LIKE = /eyJ[\w-]{4,}\.[\w-]+/;
/** Long opaque runs: Session strings, SECRET_HASH values, refresh tokens, SRP numbers. */
const OPAQUE_RUN = /[A-Za-z0-9+/=_-]{40,}/;
/** Below this length a "secret" would match ordinary words; such values are not worth quoting risk. */
const MIN_SECRET_LENGTH = 4;

/** Cognito's message without a trailing period, or undefined when it is empty or might hold a secret. */
export function safeMessage(
  message: unknown,
  secrets: readonly (string | undefined)[],
): string | undefined {
  if (typeof message !== 'string') return undefined;
  const text = message.trim().replace(/\.$/, '');
  if (text === '' || text.length > 300) return undefined;
  if (JWT_LIKE.test(text) || OPAQUE_RUN.test(text)) return undefined;
  for (const secret of secrets) {
    if (secret === undefined) continue;
    const probe = secret.trim();
    if (probe.length >= MIN_SECRET_LENGTH && text.includes(probe)) return undefined;
    if (probe.length > 0 && probe.length < MIN_SECRET_LENGTH && text.split(/\s+/).includes(probe)) {
      return undefined;
    }
  }
  return text;
}

// How a token is written out for a person or a script: the raw token, an Authorization header
// line, or a curl command. Shared by the CLI's output and the app's copy buttons and tray.
import type { TokenSet } from './auth';

/** Which token a caller wants; 'id' is the default (see the CLI's token --help for why). */
export type TokenKind = 'id' | 'access';

/** How the token is written: as is, as a header line, or as a curl command. */
export type TokenTextFormat = 'raw' | 'header' | 'curl';

/** Why an ID token cannot be had: an app client's own credentials (M2M) give none. */
export const NO_ID_TOKEN =
  'This profile has no ID token: app client credentials (M2M) give only an access token, so use the access token.';

/** The token of that kind; undefined when the session has none (no ID token for M2M). */
export function pickToken(tokens: TokenSet, kind: TokenKind): string | undefined {
  return kind === 'id' ? tokens.idToken : tokens.accessToken;
}

/** The HTTP header line that carries a token: `Authorization: Bearer <token>`. */
export function bearerHeader(token: string): string {
  return `Authorization: Bearer ${token}`;
}

/** Quotes a value for POSIX sh: single quotes, each ' written as '\'' (nothing inside expands). */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A curl command that sends the token; it ends in a space, ready for the URL to be pasted. */
export function curlLine(token: string): string {
  return `curl -H ${shellQuote(bearerHeader(token))} `;
}

/** The text for a token in a format. */
export function tokenText(token: string, format: TokenTextFormat): string {
  if (format === 'header') return bearerHeader(token);
  if (format === 'curl') return curlLine(token);
  return token;
}

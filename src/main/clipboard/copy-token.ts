// Copy a profile's token: fresh tokens first (refreshed when expired or inside the refresh
// window, one refresh in flight per profile), then the secret clipboard. A failed refresh
// throws before anything is written, so a copy never hands out an expired token.
import type { TokenSet } from '../../shared/auth';
import { AuthError } from '../cognito/auth-error';
import { decodeJwtPayload } from '../cognito/jwt';
import {
  NO_ID_TOKEN,
  pickToken,
  tokenText,
  type TokenKind,
  type TokenTextFormat,
} from '../../shared/token-text';
import type { SecretClipboard } from './types';

/** What to copy: which token, written how ('payload': its decoded payload as indented JSON). */
export interface CopyRequest {
  kind: TokenKind;
  format: TokenTextFormat | 'payload';
}

function copyText(token: string, format: CopyRequest['format']): string {
  if (format === 'payload') return `${JSON.stringify(decodeJwtPayload(token), null, 2)}\n`;
  return tokenText(token, format);
}

/** What copying needs: fresh tokens for a profile, the clipboard, and how long the copy lives. */
export interface CopyDeps {
  freshTokens: (profileId: string) => Promise<TokenSet>;
  clipboard: SecretClipboard;
  /** Seconds until the copy is cleared; null: never. */
  clearAfterSeconds: () => number | null;
}

/** Copies the profile's token in the asked format; resolves to when it will be cleared. */
export async function copyToken(
  deps: CopyDeps,
  profileId: string,
  request: CopyRequest,
): Promise<{ clearsInSeconds: number | null; expiresAt: number }> {
  const tokens = await deps.freshTokens(profileId);
  const token = pickToken(tokens, request.kind);
  if (token === undefined) throw new AuthError('invalid-input', NO_ID_TOKEN);
  const clearsInSeconds = deps.clearAfterSeconds();
  await deps.clipboard.copySecret(copyText(token, request.format), clearsInSeconds);
  return { clearsInSeconds, expiresAt: tokens.expiresAt };
}

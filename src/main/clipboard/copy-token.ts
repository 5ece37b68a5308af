// Copy a profile's token: fresh tokens first (refreshed when expired or inside the refresh
// window, one refresh in flight per profile), then the secret clipboard. A failed refresh
// throws before anything is written, so a copy never hands out an expired token.
import { AuthError } from '../../shared/errors';
import { decodeJwtPayload } from '../cognito/jwt';
import {
  NO_ID_TOKEN,
  pickToken,
  tokenText,
  type TokenKind,
  type TokenTextFormat,
} from '../../shared/token-text';
import type { CopyDeps } from './copy-deps';

/** What to copy: which token, written how ('payload': its decoded payload as indented JSON). */
export interface CopyRequest {
  kind: TokenKind;
  format: TokenTextFormat | 'payload';
}

function copyText(token: string, format: CopyRequest['format']): string {
  if (format === 'payload') return `${JSON.stringify(decodeJwtPayload(token), null, 2)}\n`;
  return tokenText(token, format);
}

/** Copies the profile's token in the asked format; resolves to when it will be cleared. */
export async function copyToken(
  deps: Pick<CopyDeps, 'freshTokens' | 'clipboard' | 'clearAfterSeconds'>,
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

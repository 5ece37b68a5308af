// A token as the window may see it: its decoded claims and a masked preview. The token itself
// stays in main; claims are cut to the contract's sizes so an odd token cannot break a reply.
import type { Claim, TokenSummary } from '../../shared/contract-views';
import { decodeJwtHeader, decodeJwtPayload } from '../cognito/jwt';

// Claims that hold a time in seconds since the epoch: the window shows them as local times.
const TIME_CLAIMS = new Set(['exp', 'iat', 'auth_time', 'nbf']);

/** The first 8 and last 4 characters, joined by an ellipsis (the whole token is never shown). */
export function maskToken(token: string): string {
  return token.length <= 16 ? '…' : `${token.slice(0, 8)}…${token.slice(-4)}`;
}

const cut = (value: string, max: number) =>
  value.length > max ? `${value.slice(0, max - 1)}…` : value;

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? cut(value, max) : undefined;
}

function seconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.round(value) * 1000
    : undefined;
}

function list(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is string => typeof item === 'string')
    .slice(0, 200)
    .map((item) => cut(item, 256));
}

/** Indented JSON cut to `max` characters (a cut one ends in an ellipsis and is no longer JSON). */
function json(value: unknown, max: number): string {
  return cut(JSON.stringify(value, null, 2), max);
}

/** Every claim in the payload's order, as text, with a time claim's local ms beside it. */
function claimRows(claims: Record<string, unknown>, local: (ms?: number) => number | undefined) {
  return Object.entries(claims)
    .slice(0, 200)
    .map(([name, value]): Claim => {
      const at = TIME_CLAIMS.has(name) ? local(seconds(value)) : undefined;
      return {
        name: cut(name, 256),
        value: typeof value === 'string' ? cut(value, 4096) : cut(JSON.stringify(value), 4096),
        ...(at === undefined ? {} : { at }),
      };
    });
}

/** Decodes a token for the window; times are epoch ms, shifted by `driftMs` into local time. */
export function summarizeToken(token: string, driftMs = 0): TokenSummary {
  const claims = decodeJwtPayload(token);
  const local = (value: number | undefined) =>
    value === undefined ? undefined : Math.max(0, value - driftMs);
  const summary: TokenSummary = {
    preview: maskToken(token),
    groups: list(claims['cognito:groups']),
    scopes: typeof claims.scope === 'string' ? list(claims.scope.split(' ').filter(Boolean)) : [],
    claims: claimRows(claims, local),
    // The signature is left out: header and payload alone cannot be sent as a token.
    header: json(decodeJwtHeader(token), 4096),
    payload: json(claims, 32_768),
  };
  const optional: Partial<TokenSummary> = {
    tokenUse: text(claims.token_use, 16),
    sub: text(claims.sub, 256),
    username: text(claims['cognito:username'] ?? claims.username, 256),
    email: text(claims.email, 320),
    clientId: text(claims.client_id ?? claims.aud, 256),
    issuer: text(claims.iss, 512),
    authTime: local(seconds(claims.auth_time)),
    issuedAt: local(seconds(claims.iat)),
    expiresAt: local(seconds(claims.exp)),
  };
  for (const [key, value] of Object.entries(optional) as [string, unknown][]) {
    if (value !== undefined) Object.assign(summary, { [key]: value });
  }
  return summary;
}

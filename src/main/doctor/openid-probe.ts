// The pool's public OpenID configuration and JWKS: that they answer says the endpoint is
// reachable and the pool exists; the answer's Date header gives the server's clock.
import type { Profile } from '../../shared/profile';

/** What the OpenID probe saw. */
export type OpenIdOutcome =
  | { kind: 'ok'; url: string; keys: number; serverDate?: number }
  | { kind: 'missing'; url: string; status: number; serverDate?: number }
  | { kind: 'unreachable'; url: string; detail: string };

/** Where the pool's OpenID configuration lives (the emulator's endpoint, or Cognito's). */
export function openIdUrl(profile: Pick<Profile, 'endpoint' | 'region' | 'userPoolId'>): string {
  const base = profile.endpoint ?? `https://cognito-idp.${profile.region}.amazonaws.com`;
  return `${base.replace(/\/+$/, '')}/${profile.userPoolId}/.well-known/openid-configuration`;
}

function dateOf(response: Response): number | undefined {
  const header = response.headers.get('date');
  const value = header ? Date.parse(header) : Number.NaN;
  return Number.isFinite(value) ? value : undefined;
}

/** Why a fetch failed: fetch says only "fetch failed"; the code (ECONNREFUSED, ENOTFOUND, a TLS error) is deeper. */
export function networkReason(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const inner = (current as { errors?: unknown[] }).errors?.[0] ?? current.cause;
    if (inner === undefined) break;
    current = inner;
  }
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time';
  return error instanceof Error ? error.message : String(error);
}

/** Fetches the configuration, then its JWKS; never throws. */
export async function probeOpenId(
  profile: Pick<Profile, 'endpoint' | 'region' | 'userPoolId'>,
  timeoutMs: number,
): Promise<OpenIdOutcome> {
  const url = openIdUrl(profile);
  const get = (target: string) =>
    fetch(target, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  let response: Response;
  try {
    response = await get(url);
  } catch (error) {
    // Only the first request tells whether the endpoint answers at all.
    return { kind: 'unreachable', url, detail: networkReason(error).slice(0, 200) };
  }
  const serverDate = dateOf(response);
  const date = serverDate === undefined ? {} : { serverDate };
  const missing = (status: number): OpenIdOutcome => ({ kind: 'missing', url, status, ...date });
  if (!response.ok) return missing(response.status);
  try {
    // A configuration that is not JSON, or a JWKS that does not answer, is no usable pool.
    const config = (await response.json()) as { jwks_uri?: unknown };
    if (typeof config.jwks_uri !== 'string') return missing(response.status);
    const jwks = await get(config.jwks_uri);
    const body = jwks.ok ? ((await jwks.json()) as { keys?: unknown }) : {};
    const keys = Array.isArray(body.keys) ? body.keys.length : 0;
    return keys > 0 ? { kind: 'ok', url, keys, ...date } : missing(jwks.status);
  } catch {
    return missing(response.status);
  }
}

// How Cognito Identity checks a Logins entry from a user pool: the key names a provider the pool
// trusts, the token is an ID token signed by a key of that user pool's JWKS, issued by it, for the
// provider's app client, and not expired.
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { IdentityError } from './errors';

/** A user pool as an identity pool's authentication provider. */
export interface UserPoolProvider {
  /** cognito-idp.<region>.amazonaws.com/<user pool id>: the Logins key. */
  providerName: string;
  clientId: string;
  /** The user pool's issuer, as its ID tokens say it. */
  issuer: string;
  /** Where the user pool publishes its signing keys. */
  jwksUrl: string;
}

/** The claims of a login that passed. */
export interface CheckedLogin {
  provider: UserPoolProvider;
  sub: string;
  claims: Record<string, unknown>;
}

const notAuthorized = (message: string) => new IdentityError('NotAuthorizedException', message);

function decodePart(part: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  } catch {
    // Falls through to the refusal below.
  }
  throw notAuthorized('Invalid login token. Not a valid OpenId Connect identity token.');
}

async function signingKey(provider: UserPoolProvider, kid: unknown): Promise<JsonWebKey> {
  const answer = await fetch(provider.jwksUrl);
  const body = (await answer.json()) as { keys?: (JsonWebKey & { kid?: string })[] };
  const key = body.keys?.find((candidate) => candidate.kid === kid);
  if (!key) throw notAuthorized("Invalid login token. Couldn't verify signed token.");
  return key;
}

/** Checks one Logins entry against the pool's providers; throws NotAuthorizedException. */
export async function checkLogin(
  providers: readonly UserPoolProvider[],
  providerName: string,
  token: string,
  now: number,
): Promise<CheckedLogin> {
  const provider = providers.find((p) => p.providerName === providerName);
  if (!provider)
    throw notAuthorized('Token is not from a supported provider of this identity pool.');
  const [header = '', payload = '', signature = ''] = token.split('.');
  const head = decodePart(header);
  const claims = decodePart(payload);
  if (head.alg !== 'RS256')
    throw notAuthorized("Invalid login token. Couldn't verify signed token.");
  const key = createPublicKey({ key: await signingKey(provider, head.kid), format: 'jwk' });
  const signed = Buffer.from(`${header}.${payload}`);
  if (!verify('sha256', signed, key, Buffer.from(signature, 'base64url'))) {
    throw notAuthorized("Invalid login token. Couldn't verify signed token.");
  }
  if (claims.iss !== provider.issuer) {
    throw notAuthorized("Invalid login token. Issuer doesn't match providerName");
  }
  if (claims.token_use !== 'id' || claims.aud !== provider.clientId) {
    throw notAuthorized('Token is not from a supported provider of this identity pool.');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) {
    throw notAuthorized('Invalid login token. Token expired: the ID token has expired.');
  }
  if (typeof claims.sub !== 'string') throw notAuthorized('Invalid login token. Missing sub.');
  return { provider, sub: claims.sub, claims };
}

// RS256 JWTs signed with one key generated per process, plus the JWKS that publishes it.
import { type KeyObject, generateKeyPairSync, randomUUID, sign, verify } from 'node:crypto';

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

let cached: SigningKey | undefined;

// One key for every double in the process: RSA generation costs ~100 ms per call.
function signingKey(): SigningKey {
  if (!cached) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    cached = { kid: randomUUID(), privateKey, publicKey };
  }
  return cached;
}

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs claims into a compact RS256 JWT. */
export function signJwt(claims: Record<string, unknown>): string {
  const key = signingKey();
  const input = `${encode({ kid: key.kid, alg: 'RS256' })}.${encode(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key.privateKey).toString('base64url')}`;
}

/** The claims of a JWT this process signed; undefined when malformed or forged. */
export function verifyJwt(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header = '', payload = '', signature = ''] = parts;
  const ok = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    signingKey().publicKey,
    Buffer.from(signature, 'base64url'),
  );
  if (!ok) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON Web Key Set a pool publishes at /<poolId>/.well-known/jwks.json. */
export function jwks(): { keys: Array<Record<string, unknown>> } {
  const key = signingKey();
  const jwk = key.publicKey.export({ format: 'jwk' });
  return { keys: [{ ...jwk, kid: key.kid, alg: 'RS256', use: 'sig' }] };
}

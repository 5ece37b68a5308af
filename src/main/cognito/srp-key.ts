// The password key and the claim signature of Cognito SRP, as amazon-cognito-identity-js's
// AuthenticationHelper.getPasswordAuthenticationKey and CognitoUser compute them.
import { createHmac, hkdfSync } from 'node:crypto';
import { AuthError } from '../../shared/errors';
import { SRP_K, computeU, computeX } from './srp-hash';
import { SRP_G, SRP_N, modPowN, padHex } from './srp-math';

/** What the client needs to derive the password key. */
export interface SrpKeyInput {
  /** The client's secret exponent a. */
  a: bigint;
  /** A = g^a mod N. */
  A: bigint;
  /** The server's B as sent (not reduced mod N). */
  B: bigint;
  salt: bigint;
  poolName: string;
  userIdForSrp: string;
  password: string;
}

const HKDF_INFO = 'Caldera Derived Key';

/** The error for a challenge no honest server sends; it holds nothing secret. */
export function invalidChallenge(): AuthError {
  return new AuthError(
    'unexpected-response',
    'Cognito sent an invalid SRP challenge; try signing in again.',
  );
}

/** The 16-byte password key: HKDF-SHA256(ikm = padHex(S), salt = padHex(u), info 'Caldera Derived Key'). */
export function computeHkdfKey(input: SrpKeyInput): Buffer {
  // Either value would let a forged server pin S to a number it knows, whatever the password.
  if (input.B % SRP_N === 0n) throw invalidChallenge();
  const u = computeU(input.A, input.B);
  if (u === 0n) throw invalidChallenge();
  const x = computeX(input.salt, input.poolName, input.userIdForSrp, input.password);
  // S = (B - k·g^x)^(a + u·x) mod N
  const S = modPowN(input.B - SRP_K * modPowN(SRP_G, x), input.a + u * x);
  const ikm = Buffer.from(padHex(S), 'hex');
  const salt = Buffer.from(padHex(u), 'hex');
  return Buffer.from(hkdfSync('sha256', ikm, salt, HKDF_INFO, 16));
}

/** PASSWORD_CLAIM_SIGNATURE: Base64(HMAC-SHA256(key, poolName ‖ userIdForSrp ‖ secretBlock ‖ timestamp)). */
export function computeSignature(
  key: Buffer,
  claim: { poolName: string; userIdForSrp: string; secretBlock: string; timestamp: string },
): string {
  return createHmac('sha256', key)
    .update(claim.poolName, 'utf8')
    .update(claim.userIdForSrp, 'utf8')
    .update(Buffer.from(claim.secretBlock, 'base64'))
    .update(claim.timestamp, 'utf8')
    .digest('base64');
}

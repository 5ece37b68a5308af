// The SRP hashes k, u and x, as amazon-cognito-identity-js's AuthenticationHelper computes them:
// its hexHash hashes the bytes a hex string spells, and each number enters as padHex.
import { createHash } from 'node:crypto';
import { SRP_G, SRP_N, padHex } from './srp-math';

function hexHash(hex: string): string {
  return createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex');
}

/** k = H(padHex(N) ‖ padHex(g)). */
export const SRP_K = BigInt(`0x${hexHash(padHex(SRP_N) + padHex(SRP_G))}`);

/** u = H(padHex(A) ‖ padHex(B)). */
export function computeU(A: bigint, B: bigint): bigint {
  return BigInt(`0x${hexHash(padHex(A) + padHex(B))}`);
}

/** x = H(padHex(salt) ‖ H(poolName ‖ userIdForSrp ‖ ":" ‖ password)). */
export function computeX(
  salt: bigint,
  poolName: string,
  userIdForSrp: string,
  password: string,
): bigint {
  const identity = createHash('sha256')
    .update(`${poolName}${userIdForSrp}:${password}`, 'utf8')
    .digest('hex');
  return BigInt(`0x${hexHash(padHex(salt) + identity)}`);
}

// SRP-6a arithmetic as Cognito uses it, written with BigInt apart from the app's own srp.ts
// so the double is an independent check of the engine.
import { createHash, createHmac } from 'node:crypto';

/** RFC 3526 3072-bit MODP prime, the N of Cognito's SRP. */
export const N = BigInt(
  '0x' +
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);

/** The generator. */
export const g = 2n;

/**
 * Hex of the two's-complement encoding, as Java's BigInteger.toByteArray() and
 * amazon-cognito-identity-js's padHex produce it: even length, '00' in front when the top bit is set.
 */
export function padHex(value: bigint): string {
  const negative = value < 0n;
  let hex = (negative ? -value : value).toString(16);
  if (hex.length % 2 !== 0) hex = `0${hex}`;
  if (/^[89a-f]/i.test(hex)) hex = `00${hex}`;
  if (!negative) return hex;
  const flipped = hex.replace(/[0-9a-f]/gi, (nibble) => (~parseInt(nibble, 16) & 0xf).toString(16));
  hex = (BigInt(`0x${flipped}`) + 1n).toString(16);
  // A run of leading 1 bits means the same as one: 0xFF80 is 0x80 (-128), as identity-js trims it.
  return hex.toLowerCase().startsWith('ff8') ? hex.slice(2) : hex;
}

/** Parses unsigned hex (Cognito's SRP_A, SRP_B, SALT); undefined when it is not hex. */
export function parseHex(hex: string): bigint | undefined {
  return /^[0-9a-f]+$/i.test(hex) ? BigInt(`0x${hex}`) : undefined;
}

/** SHA-256 of UTF-8 text or bytes, as 64 hex digits. */
export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 of the bytes a hex string spells. */
export function hexHash(hex: string): string {
  return sha256Hex(Buffer.from(hex, 'hex'));
}

/** base^exponent mod modulus by square-and-multiply. */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let square = ((base % modulus) + modulus) % modulus;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * square) % modulus;
    square = (square * square) % modulus;
  }
  return result;
}

/** The multiplier k = H(padHex(N) | padHex(g)). */
export const k = BigInt(`0x${hexHash(padHex(N) + padHex(g))}`);

/** x = H(padHex(salt) | H(poolName | userId | ':' | password)). */
export function computeX(poolName: string, userId: string, password: string, salt: bigint): bigint {
  const inner = sha256Hex(`${poolName}${userId}:${password}`);
  return BigInt(`0x${hexHash(padHex(salt) + inner)}`);
}

/** u = H(padHex(A) | padHex(B)). */
export function computeU(A: bigint, B: bigint): bigint {
  return BigInt(`0x${hexHash(padHex(A) + padHex(B))}`);
}

/** HKDF-SHA256 (one block, info 'Caldera Derived Key') of S salted with u, first 16 bytes. */
export function derivedKey(S: bigint, u: bigint): Buffer {
  const prk = createHmac('sha256', Buffer.from(padHex(u), 'hex'))
    .update(Buffer.from(padHex(S), 'hex'))
    .digest();
  const info = Buffer.concat([Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])]);
  return createHmac('sha256', prk).update(info).digest().subarray(0, 16);
}

/** PASSWORD_CLAIM_SIGNATURE: Base64 HMAC(key, poolName | userId | secretBlock bytes | timestamp). */
export function claimSignature(
  key: Buffer,
  poolName: string,
  userId: string,
  secretBlock: string,
  timestamp: string,
): string {
  const message = Buffer.concat([
    Buffer.from(poolName, 'utf8'),
    Buffer.from(userId, 'utf8'),
    Buffer.from(secretBlock, 'base64'),
    Buffer.from(timestamp, 'utf8'),
  ]);
  return createHmac('sha256', key).update(message).digest('base64');
}

/** The pool name that goes into SRP: the part of the pool id after the underscore. */
export function srpPoolName(userPoolId: string): string {
  return userPoolId.slice(userPoolId.indexOf('_') + 1);
}

// Big-number arithmetic of Cognito SRP: the RFC 3526 3072-bit group, with every modular
// exponentiation done by OpenSSL (through crypto's DiffieHellman) and only cheap
// multiplications, subtractions and reductions left to BigInt.
import { createDiffieHellman, getDiffieHellman, type DiffieHellman } from 'node:crypto';

const PRIME_BYTES = getDiffieHellman('modp15').getPrime();

/** N: the RFC 3526 3072-bit safe prime Cognito uses. */
export const SRP_N = bufferToBigInt(PRIME_BYTES);

/** g: the group's generator. */
export const SRP_G = 2n;

let engine: DiffieHellman | undefined;

// One engine for the process: DiffieHellman computes base^priv mod N for whatever private key
// it holds, and JavaScript runs one exponentiation at a time, so sharing it is safe.
function modexpEngine(): DiffieHellman {
  engine ??= createDiffieHellman(PRIME_BYTES, Number(SRP_G));
  return engine;
}

/** base^exponent mod N, by OpenSSL; `exponent` must be >= 0. */
export function modPowN(base: bigint, exponent: bigint): bigint {
  if (exponent < 0n) throw new RangeError('modPowN needs a non-negative exponent.');
  const b = ((base % SRP_N) + SRP_N) % SRP_N;
  if (b === 0n) return exponent === 0n ? 1n : 0n;
  // N is prime, so b^(N-1) = 1 for every b coprime to N (Fermat): the exponent can shrink.
  const e = exponent % (SRP_N - 1n);
  // OpenSSL refuses 0 as a private key and 1 and N-1 as a peer key ("key too small/large").
  if (e === 0n || b === 1n) return 1n;
  if (b === SRP_N - 1n) return e % 2n === 0n ? 1n : SRP_N - 1n;
  const dh = modexpEngine();
  dh.setPrivateKey(bigIntToBuffer(e));
  // computeSecret left-pads to the prime's length; the number is the same either way.
  return bufferToBigInt(dh.computeSecret(bigIntToBuffer(b)));
}

/**
 * Java BigInteger.toByteArray() as hex, ported from amazon-cognito-identity-js's
 * AuthenticationHelper.padHex: even length, "00" before a set high bit, two's complement when negative.
 */
export function padHex(value: bigint): string {
  const negative = value < 0n;
  let hex = (negative ? -value : value).toString(16);
  if (hex.length % 2 !== 0) hex = `0${hex}`;
  if (/^[89a-f]/.test(hex)) hex = `00${hex}`;
  if (!negative) return hex;
  // Flipping every nibble and adding one is 2^(4*length) - |value|.
  let twos = ((1n << BigInt(hex.length * 4)) - -value).toString(16);
  // The reference drops a redundant "ff" before an 8 (only for -0x80, -0x8000, ...).
  if (twos.startsWith('ff8')) twos = twos.slice(2);
  return twos;
}

/** Reads SRP_B or SALT as BigInteger(hex, 16) does well-formed hex (unsigned); null for anything else. */
export function parseHex(hex: string): bigint | null {
  return /^[0-9a-f]+$/i.test(hex) ? BigInt(`0x${hex}`) : null;
}

function bufferToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}

// Unsigned big-endian, no sign byte: what DiffieHellman reads and writes.
function bigIntToBuffer(value: bigint): Buffer {
  const hex = value.toString(16);
  return Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
}

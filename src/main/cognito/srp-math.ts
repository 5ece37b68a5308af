// Big-number arithmetic of Cognito SRP: the RFC 3526 3072-bit group, with every modular
// exponentiation done by OpenSSL (through crypto's DiffieHellman) and only cheap
// multiplications, subtractions and reductions left to BigInt.
//
// Not createDiffieHellman(N, 2): OpenSSL 3.5 (Node 24) then checks that N is a safe prime, about
// 1.5 s of CPU once per process, which every CLI login paid (Node 20's OpenSSL 3.0 did not). The
// named group 'modp15' is the same N and g, built without that check. Its object hides
// setPrivateKey (a named group's keys are fixed in the API), but the handle beneath computes
// base^priv mod N for any private key set through DiffieHellman's own method; a runtime that
// refuses that gets exponentiation in BigInt instead (a 4-bit window, some ms per exponent).
import { DiffieHellman, getDiffieHellman, type DiffieHellmanGroup } from 'node:crypto';

const PRIME_BYTES = getDiffieHellman('modp15').getPrime();

/** N: the RFC 3526 3072-bit safe prime Cognito uses. */
export const SRP_N = bufferToBigInt(PRIME_BYTES);

/** g: the group's generator. */
export const SRP_G = 2n;

let engine: DiffieHellmanGroup | null | undefined;

/** Computes base^exponent mod N with the named group's handle (see above). */
function groupPow(dh: DiffieHellmanGroup, base: bigint, exponent: bigint): bigint {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- applied to its own kind of object
  Reflect.apply(DiffieHellman.prototype.setPrivateKey, dh, [bigIntToBuffer(exponent)]);
  // computeSecret left-pads to the prime's length; the number is the same either way.
  return bufferToBigInt(dh.computeSecret(bigIntToBuffer(base)));
}

// One engine for the process: it computes base^priv mod N for whatever private key it holds,
// and JavaScript runs one exponentiation at a time, so sharing it is safe. Null: BigInt instead.
function modexpEngine(): DiffieHellmanGroup | null {
  if (engine !== undefined) return engine;
  try {
    const dh = getDiffieHellman('modp15');
    engine = groupPow(dh, 2n, 5n) === 32n ? dh : null;
  } catch {
    engine = null;
  }
  return engine;
}

/** Which way this runtime exponentiates: OpenSSL through the named group, or BigInt. */
export function modexpKind(): 'openssl' | 'bigint' {
  return modexpEngine() ? 'openssl' : 'bigint';
}

/** base^exponent mod N in BigInt, four bits at a time (the fallback, and its test's reference). */
export function bigIntPowN(base: bigint, exponent: bigint): bigint {
  const table = [1n, base % SRP_N];
  for (let i = 2; i < 16; i += 1) table.push(((table[i - 1] ?? 1n) * base) % SRP_N);
  let result = 1n;
  for (const digit of exponent.toString(16)) {
    for (let i = 0; i < 4; i += 1) result = (result * result) % SRP_N;
    const d = Number.parseInt(digit, 16);
    if (d !== 0) result = (result * (table[d] ?? 1n)) % SRP_N;
  }
  return result;
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
  return dh ? groupPow(dh, b, e) : bigIntPowN(b, e);
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

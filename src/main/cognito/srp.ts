// The client side of Cognito's USER_SRP_AUTH: SRP_A for InitiateAuth, then the answer to
// PASSWORD_VERIFIER. Byte for byte what amazon-cognito-identity-js sends, at OpenSSL speed.
import { randomBytes } from 'node:crypto';
import { computeHkdfKey, computeSignature, invalidChallenge } from './srp-key';
import { SRP_G, SRP_N, modPowN, parseHex } from './srp-math';

export { SRP_K, computeU } from './srp-hash';
export { computeHkdfKey } from './srp-key';
export { SRP_G, SRP_N, padHex } from './srp-math';

/** Client side of one Cognito SRP sign-in. */
export interface SrpClient {
  /** SRP_A, lowercase hex without padding rules applied (as amazon-cognito-identity-js sends it: A.toString(16)). */
  readonly srpA: string;
  /** Answers the PASSWORD_VERIFIER challenge. */
  passwordClaim(input: {
    poolName: string;
    userIdForSrp: string;
    password: string;
    srpB: string;
    salt: string;
    secretBlock: string;
    now?: Date;
  }): { signature: string; timestamp: string };
}

// 256 random bits: RFC 5054's minimum and NIST's size for the 128-bit strength of a 3072-bit
// group. amazon-cognito-identity-js draws 1024 bits, which buys no strength the group has, and
// costs four times the modexp time for A; Cognito cannot tell the difference.
const SECRET_EXPONENT_BYTES = 32;

/** Starts an SRP sign-in; `privateA` (hex) fixes the secret exponent, for tests only. */
export function createSrpClient(privateA?: string): SrpClient {
  const { a, A } = pickSecret(privateA);
  return {
    srpA: A.toString(16),
    passwordClaim(input) {
      const B = parseHex(input.srpB);
      const salt = parseHex(input.salt);
      if (B === null || salt === null) throw invalidChallenge();
      const key = computeHkdfKey({ ...input, a, A, B, salt });
      const timestamp = formatSrpTimestamp(input.now ?? new Date());
      return { signature: computeSignature(key, { ...input, timestamp }), timestamp };
    },
  };
}

function pickSecret(privateA: string | undefined): { a: bigint; A: bigint } {
  const fixed = privateA === undefined ? undefined : parseHex(privateA);
  if (fixed === null) throw new TypeError('privateA must be a hex string.');
  for (;;) {
    const a = fixed ?? BigInt(`0x${randomBytes(SECRET_EXPONENT_BYTES).toString('hex')}`);
    const A = modPowN(SRP_G, a);
    // g^a is never 0 mod a prime; this is SRP's guard against a broken A all the same.
    if (A % SRP_N !== 0n) return { a, A };
    if (fixed !== undefined) throw new RangeError('privateA gives A mod N = 0.');
  }
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Cognito's English UTC timestamp: 'ddd MMM D HH:mm:ss UTC YYYY'. */
export function formatSrpTimestamp(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatSrpTimestamp needs a valid date.');
  // Fixed English names and UTC getters: Cognito checks this string, whatever the locale or zone.
  const two = (n: number): string => String(n).padStart(2, '0');
  const weekday = WEEKDAYS[date.getUTCDay()] ?? '';
  const month = MONTHS[date.getUTCMonth()] ?? '';
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${weekday} ${month} ${date.getUTCDate()} ${time} UTC ${date.getUTCFullYear()}`;
}

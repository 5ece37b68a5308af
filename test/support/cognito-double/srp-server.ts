// The server half of Cognito's SRP: B for the PASSWORD_VERIFIER challenge, then the proof check.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { invalidParameter } from './errors';
import {
  N,
  claimSignature,
  computeU,
  computeX,
  derivedKey,
  g,
  k,
  modPow,
  srpPoolName,
} from './srp-math';

/** What the server keeps between PASSWORD_VERIFIER and the client's answer. */
export interface SrpServerState {
  A: bigint;
  B: bigint;
  b: bigint;
  verifier: bigint;
  poolName: string;
  userIdForSrp: string;
}

/** The verifier v = g^x Cognito stores for a password. */
export function makeVerifier(
  userPoolId: string,
  userId: string,
  password: string,
  salt: bigint,
): bigint {
  return modPow(g, computeX(srpPoolName(userPoolId), userId, password, salt), N);
}

/** Picks b and computes B = k*v + g^b mod N for a client's A. */
export function startSrp(
  userPoolId: string,
  userIdForSrp: string,
  A: bigint,
  verifier: bigint,
): SrpServerState {
  for (;;) {
    const b = BigInt(`0x${randomBytes(128).toString('hex')}`);
    const B = (k * verifier + modPow(g, b, N)) % N;
    // B mod N = 0 would leak; identity-js refuses it, so draw again.
    if (B !== 0n) return { A, B, b, verifier, poolName: srpPoolName(userPoolId), userIdForSrp };
  }
}

/** Checks the client's PASSWORD_CLAIM_SIGNATURE against S = (A * v^u)^b. */
export function verifyClaim(
  state: SrpServerState,
  secretBlock: string,
  timestamp: string,
  signature: string,
): boolean {
  const u = computeU(state.A, state.B);
  if (u === 0n) return false;
  const S = modPow((state.A * modPow(state.verifier, u, N)) % N, state.b, N);
  const expected = Buffer.from(
    claimSignature(derivedKey(S, u), state.poolName, state.userIdForSrp, secretBlock, timestamp),
    'base64',
  );
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TIMESTAMP =
  /^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) ([1-9]|[12]\d|3[01]) (\d{2}):(\d{2}):(\d{2}) UTC (\d{4})$/;

/**
 * Epoch ms of a TIMESTAMP in 'ddd MMM D HH:mm:ss UTC YYYY' (day without a leading zero, as
 * identity-js writes it); undefined when the text or the weekday is wrong.
 */
export function parseSrpTimestamp(text: string): number | undefined {
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [, weekday = '', month = '', day, hours, minutes, seconds, year] = match;
  const monthIndex = MONTHS.indexOf(month);
  if (monthIndex < 0) return undefined;
  const ms = Date.UTC(
    Number(year),
    monthIndex,
    Number(day),
    Number(hours),
    Number(minutes),
    Number(seconds),
  );
  const date = new Date(ms);
  const valid =
    date.getUTCDate() === Number(day) &&
    date.getUTCHours() === Number(hours) &&
    date.getUTCMinutes() === Number(minutes) &&
    date.getUTCSeconds() === Number(seconds) &&
    WEEKDAYS[date.getUTCDay()] === weekday;
  return valid ? ms : undefined;
}

/** How far TIMESTAMP may be from the server clock. */
const TIMESTAMP_SKEW_MS = 5 * 60 * 1000;

/** Whether a claim's TIMESTAMP is near the server clock; InvalidParameterException when malformed. */
export function timestampIsFresh(timestamp: string): boolean {
  const at = parseSrpTimestamp(timestamp);
  if (at === undefined) {
    throw invalidParameter(
      `TIMESTAMP '${timestamp}' is not in the format 'ddd MMM D HH:mm:ss UTC YYYY'`,
    );
  }
  return Math.abs(Date.now() - at) <= TIMESTAMP_SKEW_MS;
}

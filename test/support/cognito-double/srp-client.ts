// The client half of Cognito's SRP, for raw-HTTP tests that identity-js cannot drive
// (app clients with a secret). Pinned to identity-js by test/fixtures/srp-vector.json.
import { randomBytes } from 'node:crypto';
import {
  N,
  claimSignature,
  computeU,
  computeX,
  derivedKey,
  g,
  k,
  modPow,
  parseHex,
  srpPoolName,
} from './srp-math';

/** Client SRP state: the secret a and public A = g^a. */
export interface SrpClient {
  a: bigint;
  A: bigint;
  /** SRP_A as Cognito wants it: unsigned hex. */
  srpA: string;
}

/** Starts a client SRP exchange (a random unless given). */
export function srpClient(a = BigInt(`0x${randomBytes(128).toString('hex')}`)): SrpClient {
  const A = modPow(g, a, N);
  return { a, A, srpA: A.toString(16) };
}

/** TIMESTAMP in 'ddd MMM D HH:mm:ss UTC YYYY', the way identity-js formats it. */
export function srpTimestamp(date = new Date()): string {
  const [weekday = '', , , year = '', time = ''] = date.toUTCString().replace(',', '').split(' ');
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${weekday} ${month} ${date.getUTCDate()} ${time} UTC ${year}`;
}

/** What a PASSWORD_VERIFIER challenge hands the client. */
export interface VerifierChallenge {
  SALT: string;
  SRP_B: string;
  SECRET_BLOCK: string;
  USER_ID_FOR_SRP: string;
}

/** Computes PASSWORD_CLAIM_SIGNATURE for a PASSWORD_VERIFIER challenge. */
export function passwordClaim(
  client: SrpClient,
  userPoolId: string,
  password: string,
  challenge: VerifierChallenge,
  timestamp = srpTimestamp(),
): { signature: string; timestamp: string } {
  const B = parseHex(challenge.SRP_B);
  const salt = parseHex(challenge.SALT);
  if (B === undefined || salt === undefined) throw new Error('SRP_B and SALT must be hex');
  const poolName = srpPoolName(userPoolId);
  const x = computeX(poolName, challenge.USER_ID_FOR_SRP, password, salt);
  const u = computeU(client.A, B);
  const base = (((B - k * modPow(g, x, N)) % N) + N) % N;
  const S = modPow(base, client.a + u * x, N);
  const key = derivedKey(S, u);
  const signature = claimSignature(
    key,
    poolName,
    challenge.USER_ID_FOR_SRP,
    challenge.SECRET_BLOCK,
    timestamp,
  );
  return { signature, timestamp };
}

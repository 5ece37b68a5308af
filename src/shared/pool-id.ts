// User pool ids carry their region: "us-east-2_AbC123" lives in us-east-2.

/** AWS region names as they appear in pool ids: "us-east-2", "eu-central-1", "us-gov-west-1". */
const REGION_PATTERN = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
const POOL_ID_PATTERN = /^([a-z]{2}(?:-[a-z]+)+-\d{1,2})_([0-9A-Za-z]+)$/;

/** A pool id split into its parts. */
export interface PoolId {
  region: string;
  /** The part after the underscore; SRP calls it the pool name. */
  poolName: string;
}

/** Parses a user pool id, or returns null when it is not of the form "<region>_<id>". */
export function parsePoolId(userPoolId: string): PoolId | null {
  const match = POOL_ID_PATTERN.exec(userPoolId.trim());
  if (!match?.[1] || !match[2]) return null;
  return { region: match[1], poolName: match[2] };
}

/** True when a string looks like an AWS region name. */
export function isRegion(value: string): boolean {
  return REGION_PATTERN.test(value);
}

/** Region assumed for an emulator's pool ids, which name none (cognito-local's "local_…"). */
export const EMULATOR_DEFAULT_REGION = 'us-east-1';

const EMULATOR_POOL_ID_PATTERN = /^[0-9A-Za-z-]+_([0-9A-Za-z]+)$/;

/**
 * Parses a pool id for a connection. With an endpoint override, an emulator's ids such as
 * cognito-local's "local_4eIb4Ucw" are accepted too; their region is the stated one, else
 * us-east-1 (emulators ignore it; the SDK only needs one).
 */
export function resolvePoolId(
  userPoolId: string,
  options: { endpoint?: string | undefined; region?: string | undefined },
): PoolId | null {
  const aws = parsePoolId(userPoolId);
  if (aws || !options.endpoint) return aws;
  const match = EMULATOR_POOL_ID_PATTERN.exec(userPoolId.trim());
  if (!match?.[1]) return null;
  return { region: options.region || EMULATOR_DEFAULT_REGION, poolName: match[1] };
}

// A pool's ARN (arn:aws:cognito-idp:<region>:<account>:userpool/<pool id>) and its issuer URL
// (https://cognito-idp.<region>.amazonaws.com/<pool id>, perhaps with a .well-known path after).
const POOL_ARN =
  /^arn:aws[\w-]*:cognito-idp:[a-z0-9-]+:\d{12}:userpool\/([a-z0-9-]+_[0-9A-Za-z]+)$/;
const ISSUER_URL =
  /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/([a-z0-9-]+_[0-9A-Za-z]+)(?:\/\.well-known\/[\w.-]+)?\/?$/;

/** The pool id inside a pasted pool ARN or issuer URL, with what it was read from; else null. */
export function poolIdFromPaste(
  text: string,
): { poolId: string; from: 'ARN' | 'issuer URL' } | null {
  const value = text.trim();
  const arn = POOL_ARN.exec(value)?.[1];
  if (arn) return { poolId: arn, from: 'ARN' };
  const issuer = ISSUER_URL.exec(value)?.[1];
  return issuer ? { poolId: issuer, from: 'issuer URL' } : null;
}

// Advice on a pool id's region: a name Cognito does not run in is most likely a typo, so the
// form suggests the nearest real one ("eu-wset-1" → "eu-west-1"). Edit distance is a library's
// (fastest-levenshtein), not ours.
import { closest, distance } from 'fastest-levenshtein';
import { COGNITO_REGIONS } from '../../shared/aws-regions';
import { parsePoolId } from '../../shared/pool-id';

/** A region no Cognito pool lives in, and the known one it most likely meant (if any is near). */
export interface RegionAdvice {
  region: string;
  suggestion: string | null;
}

/** Advice for the pool id's region, or null when it names a known region (or none at all). */
export function regionAdvice(userPoolId: string): RegionAdvice | null {
  const pool = parsePoolId(userPoolId);
  if (!pool || COGNITO_REGIONS.includes(pool.region)) return null;
  const near = closest(pool.region, [...COGNITO_REGIONS]);
  return { region: pool.region, suggestion: distance(pool.region, near) <= 3 ? near : null };
}

/** The pool id with its region replaced by `region`. */
export function withRegion(userPoolId: string, region: string): string {
  const pool = parsePoolId(userPoolId);
  return pool ? `${region}_${pool.poolName}` : userPoolId;
}

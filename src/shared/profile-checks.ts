// The cross-field rules of a profile's pool and flow: the region agrees with the pool id, an
// emulator-only pool id comes with an endpoint, a preferred method only with the choice flow;
// and when two profiles are the same sign-in identity.
import type * as z from 'zod';
import type { AuthFlow } from './auth';
import { describeValue } from './field-text';
import { parsePoolId, resolvePoolId } from './pool-id';

/** What a user pool id looks like, worded for error sentences. */
export const POOL_ID_EXPECTATION = 'a user pool id (expected region_id, such as us-east-1_AbC123)';

/** The region a pool id names, or '' when it names none. */
export function regionOfPool(userPoolId: string): string {
  return parsePoolId(userPoolId)?.region ?? '';
}

/** Adds an issue at `path` when a stated region contradicts the pool id's region. */
export function checkRegion(
  userPoolId: string,
  region: string | undefined,
  ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void },
  path: PropertyKey[] = ['region'],
): void {
  const derived = regionOfPool(userPoolId);
  if (region === undefined || derived === '' || region === derived) return;
  const message = `${describeValue(region)} contradicts the user pool id ${userPoolId}, which is in ${derived}.`;
  ctx.addIssue({ code: 'custom', path, message, input: region });
}

/** Adds an issue when a preferred method is set on a flow that has no choice to prefer in. */
export function checkPreferred(
  p: { authFlow: AuthFlow; preferredChallenge?: string | undefined },
  ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void },
): void {
  if (p.preferredChallenge === undefined || p.authFlow === 'choice') return;
  const message = `is only used with the choice flow; set authFlow to "choice" or clear it.`;
  ctx.addIssue({
    code: 'custom',
    path: ['preferredChallenge'],
    message,
    input: p.preferredChallenge,
  });
}

/** Adds an issue when a pool id names no region and no emulator endpoint explains it. */
export function checkPoolId(
  p: { userPoolId: string; endpoint?: string | undefined },
  ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void },
): void {
  // Ids of no shape at all already failed the field's own check.
  const emulatorShaped = resolvePoolId(p.userPoolId, { endpoint: 'emulator' }) !== null;
  if (p.endpoint || parsePoolId(p.userPoolId) || !emulatorShaped) return;
  const message = `${describeValue(p.userPoolId)} is not ${POOL_ID_EXPECTATION}; ids without a region are only for an emulator set as the endpoint.`;
  ctx.addIssue({ code: 'custom', path: ['userPoolId'], message, input: p.userPoolId });
}

/** The region comes from the pool id (a stated one only has to agree); emulator pools keep theirs. */
export function fillRegion<
  T extends { userPoolId: string; region?: string | undefined; endpoint?: string | undefined },
>(value: T): T & { region: string } {
  const pool = resolvePoolId(value.userPoolId, value);
  return { ...value, region: pool?.region ?? '' };
}

/** The fields that say who signs in where: kind, managed-login domain, pool, client, user, endpoint. */
export interface SignInIdentity {
  signIn: string;
  domain?: string | undefined;
  userPoolId: string;
  clientId: string;
  username?: string | undefined;
  endpoint?: string | undefined;
}

/**
 * True when two profiles sign the same user in at the same place: a change of any of these
 * fields means the tokens, the remembered password and the keychain items belong to someone else.
 */
export function sameIdentity(a: SignInIdentity, b: SignInIdentity): boolean {
  return (
    a.signIn === b.signIn &&
    a.domain === b.domain &&
    a.userPoolId === b.userPoolId &&
    a.clientId === b.clientId &&
    a.username === b.username &&
    a.endpoint === b.endpoint
  );
}

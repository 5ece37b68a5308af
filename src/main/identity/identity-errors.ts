// Cognito Identity's refusals as one sentence each, naming what to change in the identity pool.
// Transport failures, server errors and anything unknown read as the user pool engine's do.
import { AuthError } from '../../shared/errors';
import { toAuthError } from '../cognito/errors';
import { isThrottling, MAX_ATTEMPTS } from '../cognito/retry-policy';
import { fieldOf } from '../../shared/records';

/** What a sentence about a failed identity call names. */
export interface IdentityErrorContext {
  identityPoolId: string;
  /** The region the request went to (the identity pool id's). */
  region: string;
  userPoolId: string;
  clientId: string;
  roleArn?: string | undefined;
  /** host[:port] the request went to. */
  endpointHost: string;
  timeoutMs: number;
  /** Values never to be quoted: the ID token. */
  secrets: readonly (string | undefined)[];
}

function nameOf(error: unknown): string {
  const name = fieldOf(error, 'name');
  return typeof name === 'string' ? name : 'Error';
}

function messageOf(error: unknown): string {
  const message = fieldOf(error, 'message');
  return typeof message === 'string' ? message : '';
}

/** The sentence for a refusal only Cognito Identity gives, or undefined. */
function identityRefusal(error: unknown, ctx: IdentityErrorContext): AuthError | undefined {
  const name = nameOf(error);
  const pool = ctx.identityPoolId;
  const cause = { cause: error };
  if (isThrottling(error)) {
    return new AuthError(
      'too-many-requests',
      `Cognito Identity is throttling requests for identity pool ${pool} and still refused after ${MAX_ATTEMPTS} attempts: wait a minute and try again.`,
      cause,
    );
  }
  if (name === 'ResourceNotFoundException' && /identitypool/i.test(messageOf(error))) {
    return new AuthError(
      'identity-pool-not-found',
      `Identity pool ${pool} was not found in ${ctx.region}: check the id, and that the region before the colon is the one the identity pool lives in.`,
      cause,
    );
  }
  if (name === 'NotAuthorizedException' && /expired/i.test(messageOf(error))) {
    return new AuthError(
      'identity-pool-untrusted',
      `Identity pool ${pool} refused the ID token as expired: check that this computer's clock is right.`,
      cause,
    );
  }
  if (name === 'NotAuthorizedException') {
    return new AuthError(
      'identity-pool-untrusted',
      `Identity pool ${pool} does not trust this user pool and app client: add user pool ${ctx.userPoolId} with app client ${ctx.clientId} as an authentication provider of the identity pool.`,
      cause,
    );
  }
  if (
    ctx.roleArn !== undefined &&
    (name === 'InvalidIdentityPoolConfigurationException' || /role/i.test(messageOf(error)))
  ) {
    return new AuthError(
      'identity-role-refused',
      `Identity pool ${pool} refused role ${ctx.roleArn}: the pool's rules must allow it for this user (cognito:roles) and its trust policy must allow cognito-identity.amazonaws.com for this pool.`,
      cause,
    );
  }
  if (name === 'InvalidIdentityPoolConfigurationException') {
    return new AuthError(
      'identity-pool-no-role',
      `Identity pool ${pool} has no authenticated role it can give this user: set one, and check that its trust policy allows cognito-identity.amazonaws.com for this pool.`,
      cause,
    );
  }
  return undefined;
}

/** Maps any failure of a Cognito Identity call to one AuthError (never quoting the ID token). */
export function toIdentityError(error: unknown, ctx: IdentityErrorContext): AuthError {
  if (error instanceof AuthError) return error;
  return (
    identityRefusal(error, ctx) ??
    toAuthError(error, {
      operation: 'identity',
      endpointHost: ctx.endpointHost,
      timeoutMs: ctx.timeoutMs,
      maxAttempts: MAX_ATTEMPTS,
      secrets: ctx.secrets,
    })
  );
}

/** True when Cognito Identity no longer knows an identity id (deleted): get a new one. */
export function isUnknownIdentity(error: unknown): boolean {
  return nameOf(error) === 'ResourceNotFoundException' && !/identitypool/i.test(messageOf(error));
}

// The claims of Cognito's id and access tokens.
import { randomUUID } from 'node:crypto';
import type { DoubleClient, DoublePool, DoubleUser } from './types';

/** What every token of one sign-in shares. */
export interface TokenContext {
  pool: DoublePool;
  client: DoubleClient;
  user: DoubleUser;
  attributes: Record<string, string>;
  originJti: string;
  eventId: string;
  /** Seconds since the epoch of the sign-in that started this token family. */
  authTime: number;
  /** The tracked device of the sign-in: access tokens carry it as device_key. */
  deviceKey?: string;
}

/** The issuer URL of a pool. */
export function issuer(userPoolId: string): string {
  const region = userPoolId.slice(0, userPoolId.indexOf('_'));
  return `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
}

const VERIFIED_FLAGS = new Set(['email_verified', 'phone_number_verified']);

function common(context: TokenContext, now: number): Record<string, unknown> {
  const groups = context.user.groups ?? [];
  const validity = context.client.tokenValiditySeconds ?? 3600;
  return {
    sub: context.attributes.sub,
    // Cognito leaves the claim out when the user is in no group.
    ...(groups.length > 0 ? { 'cognito:groups': [...groups] } : {}),
    iss: issuer(context.pool.userPoolId),
    origin_jti: context.originJti,
    event_id: context.eventId,
    auth_time: context.authTime,
    iat: now,
    exp: now + validity,
    jti: randomUUID(),
  };
}

/** Claims of an id token: the user's attributes, verified flags as booleans. */
export function idClaims(context: TokenContext, now: number): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(context.attributes)) {
    attributes[name] = VERIFIED_FLAGS.has(name) ? value === 'true' : value;
  }
  return {
    ...attributes,
    ...common(context, now),
    'cognito:username': context.user.username,
    aud: context.client.clientId,
    token_use: 'id',
  };
}

/** Claims of an access token. */
export function accessClaims(context: TokenContext, now: number): Record<string, unknown> {
  return {
    ...common(context, now),
    client_id: context.client.clientId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    username: context.user.username,
    ...(context.deviceKey === undefined ? {} : { device_key: context.deviceKey }),
  };
}

/** A new context for a fresh sign-in. */
export function newContext(
  pool: DoublePool,
  client: DoubleClient,
  user: DoubleUser,
  attributes: Record<string, string>,
): TokenContext {
  const authTime = Math.floor(Date.now() / 1000);
  return {
    pool,
    client,
    user,
    attributes,
    originJti: randomUUID(),
    eventId: randomUUID(),
    authTime,
  };
}

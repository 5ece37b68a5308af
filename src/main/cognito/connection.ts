// Checks a PoolConnection before anything touches the network, so a typo fails fast and clearly.
import { endpointProblem } from '../../shared/sign-in-kinds';
import { isRegion, parsePoolId, resolvePoolId } from '../../shared/pool-id';
import { AuthError } from '../../shared/errors';
import type { PoolConnection } from './types';

/** Default per-request timeout: long enough for a slow link, short enough to notice a dead one. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** A PoolConnection that passed validation, with the region and pool name worked out. */
export interface ResolvedConnection {
  userPoolId: string;
  region: string;
  /** The part of the pool id after the underscore (SRP's pool name). */
  poolName: string;
  clientId: string;
  /** Present only when non-empty: an empty secret means "no secret". */
  clientSecret?: string;
  /** The endpoint override, normalised by URL parsing. */
  endpoint?: string;
  /** host[:port] that requests go to, for error sentences. */
  endpointHost: string;
  timeoutMs: number;
}

function invalid(sentence: string): AuthError {
  return new AuthError('invalid-input', sentence);
}

function resolveEndpoint(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    throw invalid('The endpoint is not a URL: give an http(s) URL such as http://127.0.0.1:9229.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalid('The endpoint must be an http:// or https:// URL.');
  }
  // Credentials in a URL would end up in logs and error sentences; refuse them outright.
  if (url.username || url.password) {
    throw invalid('The endpoint URL must not contain a user name or password.');
  }
  // Passwords, codes and tokens never cross the network in clear text.
  const problem = endpointProblem(endpoint.trim());
  if (problem) throw invalid(`The endpoint ${problem}`);
  return url;
}

function resolveTimeout(timeoutMs: number | undefined): number {
  if (timeoutMs === undefined) return DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw invalid('The timeout must be a positive number of milliseconds.');
  }
  return timeoutMs;
}

/** Validates a connection (pool id, region, client id, endpoint, timeout); throws AuthError('invalid-input'). */
export function resolveConnection(conn: PoolConnection): ResolvedConnection {
  const userPoolId = conn.userPoolId.trim();
  const region = conn.region?.trim();
  const pool = resolvePoolId(userPoolId, { endpoint: conn.endpoint?.trim(), region });
  if (!pool) {
    throw invalid(
      'The user pool id must look like <region>_<id>, for example us-east-2_AbC123: check the user pool id.',
    );
  }
  if (region !== undefined && region !== '') {
    if (!isRegion(region)) {
      throw invalid(`"${region}" is not an AWS region name such as us-east-2: check the region.`);
    }
    // An emulator's pool id names no region, so there is nothing for a stated one to contradict.
    if (parsePoolId(userPoolId) && region !== pool.region) {
      throw invalid(
        `The region ${region} contradicts the user pool id, which lives in ${pool.region}: fix or drop the region.`,
      );
    }
  }
  const clientId = conn.clientId.trim();
  if (clientId === '') throw invalid('Enter the app client id.');
  if (/\s/.test(clientId)) throw invalid('The app client id must not contain spaces.');
  const url = conn.endpoint?.trim() ? resolveEndpoint(conn.endpoint) : undefined;
  const resolved: ResolvedConnection = {
    userPoolId,
    region: pool.region,
    poolName: pool.poolName,
    clientId,
    endpointHost: url ? url.host : `cognito-idp.${pool.region}.amazonaws.com`,
    timeoutMs: resolveTimeout(conn.timeoutMs),
  };
  if (url) resolved.endpoint = url.toString();
  if (conn.clientSecret) resolved.clientSecret = conn.clientSecret;
  return resolved;
}

// A token's claims in words: the known ones named (with the claim's own name beside), times as
// local time with the time left or gone, lists joined; anything else as the token has it.
import type { Claim } from '../../shared/contract-views';
import { countdown } from '../../shared/session-words';

const KNOWN: Record<string, string> = {
  sub: 'Subject',
  'cognito:username': 'Username',
  username: 'Username',
  email: 'Email',
  email_verified: 'Email verified',
  phone_number: 'Phone number',
  phone_number_verified: 'Phone number verified',
  name: 'Name',
  given_name: 'Given name',
  family_name: 'Family name',
  'cognito:groups': 'Groups',
  'cognito:roles': 'Roles',
  'cognito:preferred_role': 'Preferred role',
  identities: 'Linked identities',
  scope: 'Scopes',
  client_id: 'Client',
  aud: 'Audience (client)',
  token_use: 'Token use',
  iss: 'Issuer',
  auth_time: 'Signed in',
  iat: 'Issued',
  exp: 'Expires',
  nbf: 'Not before',
  jti: 'Token id',
  origin_jti: 'Origin token id',
  event_id: 'Event id',
  at_hash: 'Access token hash',
  nonce: 'Nonce',
  version: 'Version',
  device_key: 'Device key',
};

/** "Expires (exp)" for a known claim, the claim's name (such as custom:team) otherwise. */
export function claimLabel(name: string): string {
  const known = Object.hasOwn(KNOWN, name) ? KNOWN[name] : undefined;
  return known ? `${known} (${name})` : name;
}

/** A time as local time with how long until or since: "5/1/2025, 10:00:00 (in 59:58)". */
export function whenText(ms: number, now: number): string {
  const diff = ms - now;
  let relative = diff > 0 ? `in ${countdown(diff)}` : `${countdown(-diff)} ago`;
  if (Math.abs(diff) < 1000) relative = 'now';
  return `${new Date(ms).toLocaleString()} (${relative})`;
}

function listText(value: string): string | null {
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) {
      return parsed.join(', ') || '—';
    }
  } catch {
    // A string claim that is not JSON: shown as it is.
  }
  return null;
}

/** A claim's value as a person reads it. */
export function claimText(claim: Claim, now: number): string {
  if (claim.at !== undefined) return whenText(claim.at, now);
  if (claim.value.startsWith('[')) return listText(claim.value) ?? claim.value;
  return claim.value === '' ? '—' : claim.value;
}

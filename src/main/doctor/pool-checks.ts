// The checks every kind of profile shares: the Cognito endpoint answers, and the pool exists
// (its public OpenID configuration and signing keys answer).
import type { Profile } from '../../shared/profile';
import type { DoctorCheck } from './doctor-types';
import { proxyNote } from './managed-login-checks';
import type { OpenIdOutcome } from './openid-probe';

/** The endpoint fails only when the OpenID probe and the kind's own calls to it all failed. */
export function endpointCheck(
  openId: OpenIdOutcome,
  othersDown: boolean,
  profile: Profile,
): DoctorCheck {
  const where = profile.endpoint ?? `Cognito in ${profile.region}`;
  if (openId.kind === 'unreachable' && othersDown) {
    return {
      id: 'endpoint',
      title: 'Endpoint answers',
      status: 'fail',
      sentence: `${where} did not answer (${openId.detail}).`,
      fix: profile.endpoint
        ? "Start the emulator or proxy, or correct the profile's endpoint."
        : 'Check the network, DNS and any firewall or proxy between this computer and AWS.',
    };
  }
  return {
    id: 'endpoint',
    title: 'Endpoint answers',
    status: 'pass',
    sentence: `${where} answers.${proxyNote()}`,
  };
}

/** Whether the pool's OpenID configuration and keys answer. */
export function poolCheck(openId: OpenIdOutcome, profile: Profile): DoctorCheck {
  const base = { id: 'pool', title: 'User pool exists' };
  if (openId.kind === 'ok') {
    return {
      ...base,
      status: 'pass',
      sentence: `The pool's OpenID configuration and its ${openId.keys} signing keys answer.`,
    };
  }
  if (openId.kind === 'unreachable') {
    return { ...base, status: 'skip', sentence: 'Not known: the endpoint did not answer.' };
  }
  if (profile.endpoint) {
    return {
      ...base,
      status: 'skip',
      sentence:
        "The emulator does not serve the pool's OpenID configuration, so this check does not apply.",
    };
  }
  return {
    ...base,
    status: 'fail',
    sentence: `Cognito has no user pool ${profile.userPoolId} in ${profile.region} (HTTP ${openId.status}).`,
    fix: 'Check the user pool id: its prefix is the region the pool lives in.',
  };
}

// The checks of what is kept here: the signed-in tokens (issued by this pool, for this client),
// this computer's clock against the server's, refresh-token rotation, device tracking, keychain.
import type { DoctorCheck } from './doctor-types';
import type { DoctorInput } from './doctor-types';
import type { OpenIdOutcome } from './openid-probe';
import { decodeJwtPayload } from '../cognito/jwt';
import { deviceCheck } from './device-check';

const DRIFT_LIMIT_MS = 30_000;

function tokenCheck(input: DoctorInput): DoctorCheck {
  const base = { id: 'tokens', title: 'Signed-in tokens' };
  if (!input.tokens || input.tokens.accessToken === '') {
    return {
      ...base,
      status: 'skip',
      sentence: 'The profile is not signed in here, so there are no tokens to check.',
    };
  }
  // M2M sessions have only an access token: its client_id stands for the ID token's aud.
  const { idToken, accessToken } = input.tokens;
  const claims = decodeJwtPayload(
    idToken ?? accessToken,
    idToken ? 'the ID token' : 'the access token',
  );
  const issuer = typeof claims.iss === 'string' ? claims.iss : '';
  const audienceClaim = idToken ? claims.aud : claims.client_id;
  const audience = typeof audienceClaim === 'string' ? audienceClaim : '';
  const { userPoolId, clientId } = input.profile;
  if (issuer.endsWith(`/${userPoolId}`) && audience === clientId) {
    return {
      ...base,
      status: 'pass',
      sentence: 'The tokens were issued by this user pool for this app client.',
    };
  }
  return {
    ...base,
    status: 'fail',
    sentence: `The tokens do not match the profile (issuer ${issuer || 'missing'}, audience ${audience || 'missing'}).`,
    fix: 'Sign out and sign in again: the profile changed since these tokens were issued.',
  };
}

function clockCheck(openId: OpenIdOutcome, now: number): DoctorCheck {
  const base = { id: 'clock', title: 'Clock' };
  if (openId.kind === 'unreachable' || openId.serverDate === undefined) {
    return { ...base, status: 'skip', sentence: 'Not known: the server sent no time.' };
  }
  const drift = now - openId.serverDate;
  const seconds = Math.round(Math.abs(drift) / 1000);
  if (Math.abs(drift) <= DRIFT_LIMIT_MS) {
    return {
      ...base,
      status: 'pass',
      sentence: `This computer's clock agrees with the server's (${seconds === 0 ? 'to the second' : `within ${seconds} s`}).`,
    };
  }
  return {
    ...base,
    status: 'info',
    sentence: `This computer's clock is ${seconds} s ${drift > 0 ? 'ahead of' : 'behind'} the server's; token times allow for it, but other tools may not.`,
  };
}

// How the profile's tokens are renewed, and device tracking, which only a password sign-in has.
function refreshChecks(input: DoctorInput): DoctorCheck[] {
  const base = { id: 'rotation', title: 'Refresh-token rotation', status: 'info' as const };
  const { signIn, refreshRotation } = input.profile;
  if (signIn === 'client-credentials') {
    return [
      {
        ...base,
        id: 'renewal',
        title: 'Token renewal',
        sentence:
          'An M2M profile has no refresh token: when its access token is due, a new one is asked for with the client secret.',
      },
    ];
  }
  if (signIn === 'browser') {
    return [
      {
        ...base,
        sentence:
          "The profile refreshes at the managed login's token endpoint (grant_type=refresh_token) and keeps its refresh token unless Cognito sends a new one.",
      },
    ];
  }
  return [
    {
      ...base,
      sentence: refreshRotation
        ? 'The profile refreshes with rotation (GetTokensFromRefreshToken).'
        : 'The profile refreshes without rotation (REFRESH_TOKEN_AUTH).',
    },
    deviceCheck(input),
  ];
}

/** The checks that need no call to the app client. */
export function sessionChecks(
  input: DoctorInput,
  openId: OpenIdOutcome,
  now: number,
): DoctorCheck[] {
  return [
    tokenCheck(input),
    clockCheck(openId, now),
    ...refreshChecks(input),
    input.keychain.ok
      ? {
          id: 'keychain',
          title: 'Keychain',
          status: 'pass',
          sentence: 'The keychain stores and returns secrets.',
        }
      : {
          id: 'keychain',
          title: 'Keychain',
          status: 'fail',
          sentence: input.keychain.message,
          fix: 'Until it works, sign-ins last only while the app or command runs.',
        },
  ];
}

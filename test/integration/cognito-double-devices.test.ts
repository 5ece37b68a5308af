// The double's device tracking against the reference client, amazon-cognito-identity-js: it
// confirms the device a sign-in hands out, refreshes with DEVICE_KEY, and proves a remembered
// device with its own device SRP, all of which the double must accept, and refuse when wrong.
import { describe, expect, it } from 'vitest';
import { callCognito } from '../support/cognito-double/index';
import { IdentityJsUser, type SignInOutcome } from '../support/cognito-double/identity-js-client';
import { expectCognitoError } from '../support/cognito-double/test-helpers';
import { useDouble } from '../support/use-double';

const POOL = 'eu-west-1_DblDevices';
const CLIENT = 'dbl-devices-client';
const CODE = '112233';

const double = useDouble([
  {
    userPoolId: POOL,
    deviceTracking: 'always',
    fixedCode: CODE,
    clients: [{ clientId: CLIENT }],
    users: [
      {
        username: 'nia',
        password: 'Nia-Pass12',
        attributes: { phone_number: '+15555550100' },
        mfa: { sms: true },
      },
    ],
  },
]);

const sessionOf = (outcome: SignInOutcome) => {
  if (outcome.step !== 'success') throw new Error(`expected success, got ${outcome.step}`);
  return outcome.session;
};

describe('device tracking with amazon-cognito-identity-js', () => {
  it('confirms, refreshes with DEVICE_KEY, and skips MFA on the remembered device', async () => {
    const nia = new IdentityJsUser(double.endpoint, POOL, CLIENT, 'nia');
    expect((await nia.signIn('Nia-Pass12')).step).toBe('mfaRequired');
    const session = sessionOf(await nia.sendMfaCode(CODE, 'SMS_MFA'));
    const [device] = double.devices(POOL, 'nia');
    expect(device).toMatchObject({ confirmed: true, remembered: true });

    // identity-js refreshes with the cached DEVICE_KEY; without it the token is refused.
    await nia.refresh(session);
    const keyless = await callCognito(double.endpoint, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: CLIENT,
      AuthParameters: { REFRESH_TOKEN: session.getRefreshToken().getToken() },
    });
    expectCognitoError(keyless, 'NotAuthorizedException', 'Invalid Refresh Token');

    // The second sign-in: DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER instead of SMS_MFA.
    sessionOf(await nia.signIn('Nia-Pass12'));
    const names = double.requests.map((r) => r.body.ChallengeName).filter(Boolean);
    expect(names.slice(-2)).toEqual(['DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);
    expect(double.devices(POOL, 'nia')).toHaveLength(1);
  });

  it('refuses a device proof made with the wrong device password', async () => {
    const nia = new IdentityJsUser(double.endpoint, POOL, CLIENT, 'nia');
    await nia.signIn('Nia-Pass12');
    sessionOf(await nia.sendMfaCode(CODE, 'SMS_MFA'));
    // identity-js keeps the device password in its storage: spoil it.
    const { storage } = nia.user as unknown as { storage: Storage };
    storage.setItem(`CognitoIdentityServiceProvider.${CLIENT}.nia.randomPasswordKey`, 'wrong');
    await expect(nia.signIn('Nia-Pass12')).rejects.toMatchObject({
      code: 'NotAuthorizedException',
    });
  });
});

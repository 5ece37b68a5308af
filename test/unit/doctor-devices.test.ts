// The doctor's device-tracking check: a held device key passes; tokens issued to a device whose
// key the keychain lost fail with the fix (Cognito would refuse their refresh); otherwise info.
import { describe, expect, it } from 'vitest';
import type { TokenSet } from '../../src/shared/auth';
import type { Profile } from '../../src/shared/profile';
import { sessionChecks } from '../../src/main/doctor/session-checks';

const profile = { userPoolId: 'eu-west-1_Doc1', clientId: 'docclient', refreshRotation: false };
const jwt = (claims: Record<string, unknown>) =>
  ['{"alg":"none"}', JSON.stringify(claims), '']
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.');
const tokens = (claims: Record<string, unknown>): TokenSet => ({
  idToken: jwt({ iss: 'https://x/eu-west-1_Doc1', aud: 'docclient' }),
  accessToken: jwt({ token_use: 'access', ...claims }),
  expiresAt: Date.now() + 60_000,
  username: 'doc',
});

function deviceCheck(input: { tokens: TokenSet | null; deviceHeld?: boolean }) {
  const checks = sessionChecks(
    { profile: profile as Profile, keychain: { ok: true }, ...input },
    { kind: 'unreachable', url: 'http://x', detail: 'none' },
    Date.now(),
  );
  return checks.find((check) => check.id === 'devices');
}

describe('the device tracking check', () => {
  it('passes when the keychain holds the device', () => {
    expect(deviceCheck({ tokens: tokens({ device_key: 'k' }), deviceHeld: true })).toMatchObject({
      status: 'pass',
    });
  });

  it('fails with the fix when the tokens belong to a device the keychain no longer holds', () => {
    expect(deviceCheck({ tokens: tokens({ device_key: 'eu-west-1_abc' }) })).toMatchObject({
      status: 'fail',
      fix: 'Sign in again: this computer is then confirmed as a new device.',
    });
  });

  it('says device tracking is not in use otherwise, signed in or not', () => {
    expect(deviceCheck({ tokens: tokens({}) })?.status).toBe('info');
    expect(deviceCheck({ tokens: null })?.sentence).toMatch(/^No device key is held/);
  });
});

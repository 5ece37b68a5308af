// The window's pure parts: how the list groups and filters, how a session reads, and how the
// profile form checks fields with the store's own schema.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../src/shared/contract-views';
import { EMPTY_FORM, validate } from '../../src/renderer/profiles/form-model';
import { groupProfiles, matchesFilter } from '../../src/renderer/profiles/group-profiles';
import { countdown, windowSessionText as sessionText } from '../../src/shared/session-words';

function profile(name: string, userPoolId: string, username = 'ada'): ProfileView {
  return {
    id: name,
    name,
    userPoolId,
    region: userPoolId.split('_')[0] ?? '',
    clientId: 'c',
    hasClientSecret: false,
    authFlow: 'srp',
    signIn: 'password',
    username,
    refreshAheadSeconds: 300,
    rememberPassword: false,
    refreshRotation: false,
  };
}

describe('profile list', () => {
  const all = [
    profile('zeta', 'us-east-1_B'),
    profile('alpha', 'us-east-1_B'),
    profile('beta', 'eu-west-1_A', 'grace'),
    profile('gamma', 'us-east-1_A'),
  ];

  it('groups by region, then pool, names A–Z inside', () => {
    expect(
      groupProfiles(all, '').map((g) => [g.region, g.userPoolId, g.profiles.map((p) => p.name)]),
    ).toEqual([
      ['eu-west-1', 'eu-west-1_A', ['beta']],
      ['us-east-1', 'us-east-1_A', ['gamma']],
      ['us-east-1', 'us-east-1_B', ['alpha', 'zeta']],
    ]);
  });

  it('filters by name, pool, region or user, any case', () => {
    const beta = profile('beta', 'eu-west-1_A', 'grace');
    expect(matchesFilter(beta, 'GRACE')).toBe(true);
    expect(matchesFilter(beta, 'eu-west')).toBe(true);
    expect(matchesFilter(beta, 'us-east')).toBe(false);
    expect(groupProfiles(all, 'us-east-1_b').flatMap((g) => g.profiles.map((p) => p.name))).toEqual(
      ['alpha', 'zeta'],
    );
  });
});

describe('session text', () => {
  it('says the state and the time left', () => {
    expect(sessionText(undefined, 0)).toBe('Signed out');
    expect(sessionText({ profileId: 'p', status: 'signed-in', expiresAt: 65_000 }, 0)).toBe(
      'Signed in · expires in 1:05',
    );
    expect(
      sessionText({ profileId: 'p', status: 'signed-in', expiresAt: 1, memoryOnly: true }, 0),
    ).toBe('Signed in · expires in 0:00 · kept in memory only');
    expect(
      sessionText({ profileId: 'p', status: 'error', reason: 'The refresh token was revoked.' }, 0),
    ).toBe('Needs attention: The refresh token was revoked.');
    expect(countdown(0)).toBe('expired');
    expect(countdown(3_725_000)).toBe('1:02:05');
  });
});

describe('profile form', () => {
  it('names each wrong field with the store schema sentence, before anything is sent', () => {
    const errors = validate({
      ...EMPTY_FORM,
      name: 'x',
      userPoolId: 'not-a-pool',
      clientId: 'bad id!',
      username: '',
    });
    expect(errors.userPoolId).toMatch(/"not-a-pool" is not a user pool id/);
    expect(errors.clientId).toMatch(/is not an app client id/);
    expect(errors.username).toMatch(/username/);
    expect(errors.name).toBeUndefined();
  });

  it('accepts a complete profile', () => {
    expect(
      validate({
        ...EMPTY_FORM,
        name: 'dev',
        userPoolId: 'eu-west-1_Abc',
        clientId: 'abc',
        username: 'ada',
      }),
    ).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REFRESH_AHEAD_SECONDS,
  issueSentences,
  nameKey,
  ProfileInputSchema,
  ProfilePatchSchema,
  ProfileSchema,
} from '../../src/shared/profile';

const good = {
  id: '6f1c2a0e-0000-4000-8000-000000000001',
  name: 'Dev',
  userPoolId: 'eu-west-1_AbC123',
  clientId: '4example5abc',
  username: 'alice@example.com',
};

function sentences(input: unknown, schema = ProfileSchema): string[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the schema to refuse the input');
  return issueSentences(parsed.error);
}

describe('ProfileSchema', () => {
  it('fills defaults and derives the region from the pool id', () => {
    expect(ProfileSchema.parse(good)).toEqual({
      ...good,
      region: 'eu-west-1',
      signIn: 'password',
      hasClientSecret: false,
      authFlow: 'srp',
      refreshAheadSeconds: DEFAULT_REFRESH_AHEAD_SECONDS,
      rememberPassword: false,
      refreshRotation: false,
    });
  });

  it('accepts every optional field when well formed', () => {
    const full = {
      ...good,
      region: 'eu-west-1',
      signIn: 'password',
      hasClientSecret: true,
      authFlow: 'password',
      endpoint: 'http://127.0.0.1:9229',
      label: 'dev pool',
      colour: '#1A7f37',
      refreshAheadSeconds: 0,
      rememberPassword: true,
      refreshRotation: true,
    };
    expect(ProfileSchema.parse(full)).toEqual(full);
    expect(
      ProfileSchema.parse({ ...full, endpoint: 'https://cognito.example.com/' }).endpoint,
    ).toBe('https://cognito.example.com/');
  });

  it('derives other regions, including gov regions', () => {
    expect(ProfileSchema.parse({ ...good, userPoolId: 'us-gov-west-1_X1' }).region).toBe(
      'us-gov-west-1',
    );
    expect(ProfileSchema.parse({ ...good, userPoolId: 'ap-southeast-2_Q' }).region).toBe(
      'ap-southeast-2',
    );
  });

  it('rejects a region that contradicts the pool id', () => {
    expect(sentences({ ...good, region: 'us-east-1' })).toEqual([
      'region: "us-east-1" contradicts the user pool id eu-west-1_AbC123, which is in eu-west-1.',
    ]);
  });

  it('words one sentence per bad field, naming the value and what was expected', () => {
    expect(
      sentences({
        ...good,
        userPoolId: 'xyz',
        clientId: 'has spaces',
        endpoint: 'ftp://example.com',
        colour: 'red',
        refreshAheadSeconds: 1.5,
        authFlow: 'magic',
      }),
    ).toEqual([
      'userPoolId: "xyz" is not a user pool id (expected region_id, such as us-east-1_AbC123).',
      'clientId: "has spaces" is not an app client id (letters and digits, such as 4example5abc).',
      'authFlow: "magic" is not "srp", "password" or "choice".',
      'endpoint: "ftp://example.com" is not an http or https URL (such as http://127.0.0.1:9229).',
      'colour: "red" is not a colour written #rrggbb (such as #1a7f37).',
      'refreshAheadSeconds: 1.5 is not a whole number of seconds from 0 to 86400.',
    ]);
  });

  it('says when a required field is missing or of the wrong type', () => {
    expect(sentences({ id: 'x', name: '', userPoolId: 42 })).toEqual([
      'name: "" is not a profile name of 1 to 64 characters.',
      'userPoolId: 42 is not a user pool id (expected region_id, such as us-east-1_AbC123).',
      'clientId: is missing; expected an app client id (letters and digits, such as 4example5abc).',
      'username: is missing; a password profile signs in as a user, so give the username.',
    ]);
  });

  it('refuses unknown fields, so a secret cannot ride along', () => {
    expect(sentences({ ...good, clientSecret: 's3cr3t' })).toEqual([
      '"clientSecret" is not a known field.',
    ]);
  });

  it('refuses names with control characters and over-long names', () => {
    expect(ProfileSchema.safeParse({ ...good, name: 'a\nb' }).success).toBe(false);
    expect(ProfileSchema.safeParse({ ...good, name: 'x'.repeat(65) }).success).toBe(false);
    expect(ProfileSchema.parse({ ...good, name: '  Dev  ' }).name).toBe('Dev');
  });

  it('cuts long values short in sentences', () => {
    const [sentence] = sentences({ ...good, userPoolId: 'z'.repeat(500) });
    expect(sentence?.length).toBeLessThan(160);
  });
});

describe('the choice flow', () => {
  it('keeps a preferred method with the choice flow, and clears it with null', () => {
    const choice = { ...good, authFlow: 'choice', preferredChallenge: 'EMAIL_OTP' };
    expect(ProfileSchema.parse(choice)).toMatchObject({
      authFlow: 'choice',
      preferredChallenge: 'EMAIL_OTP',
    });
    expect(ProfileSchema.parse({ ...good, authFlow: 'choice' }).preferredChallenge).toBeUndefined();
    expect(ProfilePatchSchema.parse({ preferredChallenge: null })).toEqual({
      preferredChallenge: null,
    });
  });

  it('refuses a preferred method on another flow, or one this app cannot walk', () => {
    expect(sentences({ ...good, authFlow: 'srp', preferredChallenge: 'SMS_OTP' })).toEqual([
      'preferredChallenge: is only used with the choice flow; set authFlow to "choice" or clear it.',
    ]);
    expect(sentences({ ...good, authFlow: 'choice', preferredChallenge: 'WEB_AUTHN' })).toEqual([
      'preferredChallenge: "WEB_AUTHN" is not one of "EMAIL_OTP", "SMS_OTP", "PASSWORD" or "PASSWORD_SRP".',
    ]);
  });
});

describe('ProfileInputSchema and ProfilePatchSchema', () => {
  it('takes a profile without id', () => {
    const { name, userPoolId, clientId, username } = good;
    const input = { name, userPoolId, clientId, username };
    expect(ProfileInputSchema.parse(input).region).toBe('eu-west-1');
    expect(ProfileInputSchema.safeParse(good).success).toBe(false);
  });

  it('never fills defaults into a patch, and lets null clear optional fields', () => {
    expect(ProfilePatchSchema.parse({ label: null })).toEqual({ label: null });
    expect(ProfilePatchSchema.parse({})).toEqual({});
    expect(ProfilePatchSchema.safeParse({ id: 'other' }).success).toBe(false);
    expect(ProfilePatchSchema.safeParse({ name: null }).success).toBe(false);
    expect(ProfilePatchSchema.safeParse({ signIn: null }).success).toBe(false);
  });
});

describe('nameKey', () => {
  it('compares names regardless of case and surrounding space', () => {
    expect(nameKey(' Dev ')).toBe(nameKey('DEV'));
    expect(nameKey('Café')).toBe(nameKey('CAFE\u0301'));
  });
});

describe('endpoint credentials', () => {
  it('refuses an endpoint URL carrying a user name or password, without echoing it', () => {
    const result = ProfileInputSchema.safeParse({
      name: 'local',
      userPoolId: 'us-east-1_AbC123',
      clientId: 'abc123',
      username: 'ada',
      endpoint: 'http://admin:S3cretPw@127.0.0.1:9229',
    });
    expect(result.success).toBe(false);
    const text = JSON.stringify(result.error?.issues);
    expect(text).toMatch(/user name or password/);
    expect(text).not.toContain('S3cretPw');
  });
});

// The profile form's three sign-in kinds: which fields each sends, the store schema's sentence
// beside each field while typing, and the changes an edit sends when the kind switches.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../src/shared/contract-views';
import {
  EMPTY_FORM,
  formValuesOf,
  toChanges,
  toFields,
  validate,
  type FormValues,
} from '../../src/renderer/profiles/form-model';
import { ProfileInputSchema } from '../../src/shared/profile';

const DOMAIN = 'https://myapp.auth.eu-west-1.amazoncognito.com';
const base: FormValues = {
  ...EMPTY_FORM,
  name: 'Web',
  userPoolId: 'eu-west-1_AbC123',
  clientId: 'webclient1',
};

describe('a browser profile in the form', () => {
  const browser: FormValues = { ...base, signIn: 'browser', domain: DOMAIN };

  it('sends only the managed login fields, and the store fills the defaults', () => {
    const fields = toFields({
      ...browser,
      username: '',
      authFlow: 'choice',
      rememberPassword: true,
    });
    expect(fields).toEqual({
      name: 'Web',
      signIn: 'browser',
      userPoolId: 'eu-west-1_AbC123',
      clientId: 'webclient1',
      refreshAheadSeconds: 300,
      domain: DOMAIN,
    });
    expect(validate(browser)).toEqual({});
    expect(ProfileInputSchema.parse(fields)).toMatchObject({
      scopes: ['openid', 'email', 'profile'],
      redirectUri: 'http://localhost:8976/callback',
    });
  });

  it('reads scopes separated by spaces or commas, and names each bad field', () => {
    expect(toFields({ ...browser, scopes: 'openid, email  profile' })).toHaveProperty('scopes', [
      'openid',
      'email',
      'profile',
    ]);
    expect(
      validate({
        ...browser,
        domain: 'myapp.auth.eu-west-1.amazoncognito.com',
        redirectUri: 'http://localhost/cb',
        identityProvider: 'x'.repeat(129),
      }),
    ).toEqual({
      domain: `"myapp.auth.eu-west-1.amazoncognito.com" is not the managed login's domain (such as ${DOMAIN}); write it with https://.`,
      redirectUri:
        '"http://localhost/cb" names no port; add one (such as :8976) and register the same URI as a callback URL of the app client.',
      identityProvider:
        '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" is not an identity provider name of 1 to 128 characters (such as Google).',
    });
    expect(validate({ ...browser, domain: '' }).domain).toBe('The managed login domain is needed.');
  });
});

describe('an M2M profile in the form', () => {
  const m2m: FormValues = {
    ...base,
    signIn: 'client-credentials',
    domain: DOMAIN,
    username: 'ada',
  };

  it('needs a client secret, shown beside the secret field', () => {
    expect(validate(m2m, false)).toEqual({
      clientSecret:
        'is missing: an app client that signs in with client credentials (M2M) always has a client secret, so give it.',
    });
    expect(validate(m2m, true)).toEqual({});
  });

  it('sends no username, redirect URI or password settings', () => {
    const fields = toFields({ ...m2m, redirectUri: 'http://localhost:1/x', scopes: 'orders/read' });
    expect(fields).toEqual(expect.objectContaining({ scopes: ['orders/read'], domain: DOMAIN }));
    for (const key of ['username', 'redirectUri', 'authFlow', 'rememberPassword']) {
      expect(fields).not.toHaveProperty(key);
    }
  });
});

describe('a password profile in the form', () => {
  it('still needs a username, named while the other fields are still empty', () => {
    expect(validate({ ...EMPTY_FORM })).toMatchObject({
      name: 'A profile name is needed.',
      username: 'The username this profile signs in as is needed.',
    });
  });
});

describe('editing across kinds', () => {
  const stored: ProfileView = {
    id: 'p1',
    name: 'Web',
    signIn: 'browser',
    userPoolId: 'eu-west-1_AbC123',
    region: 'eu-west-1',
    clientId: 'webclient1',
    hasClientSecret: false,
    authFlow: 'srp',
    domain: DOMAIN,
    scopes: ['openid', 'email'],
    redirectUri: 'http://localhost:9000/cb',
    refreshAheadSeconds: 300,
    rememberPassword: false,
    refreshRotation: false,
  };

  it('shows a stored browser profile as typed values', () => {
    expect(formValuesOf(stored)).toMatchObject({
      signIn: 'browser',
      domain: DOMAIN,
      scopes: 'openid email',
      redirectUri: 'http://localhost:9000/cb',
      identityProvider: '',
      username: '',
    });
  });

  it('clears an emptied optional field of the kind with null', () => {
    const values = { ...formValuesOf(stored), redirectUri: '', scopes: '' };
    expect(toChanges(values)).toMatchObject({
      redirectUri: null,
      scopes: null,
      username: null,
      identityProvider: null,
      endpoint: null,
    });
  });

  it('switching to a password sends the password fields and leaves the rest to the store', () => {
    const changes = toChanges({ ...formValuesOf(stored), signIn: 'password', username: 'ada' });
    expect(changes).toMatchObject({ signIn: 'password', username: 'ada', authFlow: 'srp' });
    expect(changes).not.toHaveProperty('redirectUri');
    expect(changes).not.toHaveProperty('domain');
  });
});

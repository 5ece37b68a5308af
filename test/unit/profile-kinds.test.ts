// The three sign-in kinds: what each needs, what each refuses, the defaults a browser profile
// gets, and what an edit that switches kinds keeps.
import { describe, expect, it } from 'vitest';
import { emptyStoreData } from '../../src/main/profiles/store-data';
import { insertProfile, patchProfile } from '../../src/main/profiles/store-ops';
import { ProfileError } from '../../src/shared/errors';
import {
  DEFAULT_BROWSER_SCOPES,
  DEFAULT_REDIRECT_URI,
  issueSentences,
  ProfileInputSchema,
} from '../../src/shared/profile';
import { isLoopbackHost, profileUserText } from '../../src/shared/sign-in-kinds';

const DOMAIN = 'https://myapp.auth.eu-west-1.amazoncognito.com';
const pool = { userPoolId: 'eu-west-1_AbC123', clientId: '4example5abc' };
const browser = { name: 'Web', signIn: 'browser', domain: DOMAIN, ...pool };
const m2m = {
  name: 'Robot',
  signIn: 'client-credentials',
  domain: DOMAIN,
  hasClientSecret: true,
  ...pool,
};

function sentences(input: unknown): string[] {
  const parsed = ProfileInputSchema.safeParse(input);
  if (parsed.success) throw new Error('expected the schema to refuse the input');
  return issueSentences(parsed.error);
}

describe('browser profiles', () => {
  it('need no username and get the default scopes and redirect URI', () => {
    expect(ProfileInputSchema.parse(browser)).toMatchObject({
      signIn: 'browser',
      domain: DOMAIN,
      scopes: [...DEFAULT_BROWSER_SCOPES],
      redirectUri: DEFAULT_REDIRECT_URI,
    });
    expect(ProfileInputSchema.parse(browser).username).toBeUndefined();
  });

  it('keep what was given: scopes, a redirect URI on another port, an identity provider', () => {
    const given = {
      ...browser,
      scopes: ['openid', 'orders/read'],
      redirectUri: 'http://127.0.0.1:49152/cb',
      identityProvider: 'Google',
      username: 'ada',
    };
    expect(ProfileInputSchema.parse(given)).toMatchObject(given);
  });

  it('need a domain, and say so', () => {
    expect(sentences({ ...browser, domain: undefined })).toEqual([
      `domain: is missing; a browser profile signs in through the managed login, so give its domain (such as ${DOMAIN}).`,
    ]);
  });

  it('refuse the password-only fields rather than keep them unused', () => {
    expect(
      sentences({
        ...browser,
        authFlow: 'choice',
        rememberPassword: true,
        preferredChallenge: 'EMAIL_OTP',
      }),
    ).toEqual([
      'authFlow: is not used by browser profiles; leave it out.',
      'preferredChallenge: is not used by browser profiles; leave it out.',
      'rememberPassword: is not used by browser profiles; leave it out.',
    ]);
    // The defaults themselves mean "not set" and pass.
    expect(
      ProfileInputSchema.safeParse({ ...browser, authFlow: 'srp', rememberPassword: false })
        .success,
    ).toBe(true);
  });
});

describe('client-credentials (M2M) profiles', () => {
  it('ask for no scopes by default (Cognito grants all the client may have)', () => {
    const parsed = ProfileInputSchema.parse(m2m);
    expect(parsed.scopes).toBeUndefined();
    expect(parsed.redirectUri).toBeUndefined();
    expect(ProfileInputSchema.parse({ ...m2m, scopes: [] }).scopes).toBeUndefined();
    expect(ProfileInputSchema.parse({ ...m2m, scopes: ['orders/read'] }).scopes).toEqual([
      'orders/read',
    ]);
  });

  it('need a client secret, a domain, and no user or browser field', () => {
    expect(
      sentences({
        ...m2m,
        hasClientSecret: false,
        domain: undefined,
        username: 'ada',
        redirectUri: DEFAULT_REDIRECT_URI,
        identityProvider: 'Google',
      }),
    ).toEqual([
      `domain: is missing; a client-credentials (M2M) profile signs in through the managed login, so give its domain (such as ${DOMAIN}).`,
      'hasClientSecret: is missing: an app client that signs in with client credentials (M2M) always has a client secret, so give it.',
      'username: is not used by client-credentials (M2M) profiles; leave it out.',
      'redirectUri: is not used by client-credentials (M2M) profiles; leave it out.',
      'identityProvider: is not used by client-credentials (M2M) profiles; leave it out.',
    ]);
  });
});

describe('password profiles', () => {
  it('are the default kind and still need a username, named beside other bad fields', () => {
    expect(ProfileInputSchema.parse({ name: 'Dev', ...pool, username: 'ada' }).signIn).toBe(
      'password',
    );
    expect(sentences({ name: '', ...pool })).toEqual([
      'name: "" is not a profile name of 1 to 64 characters.',
      'username: is missing; a password profile signs in as a user, so give the username.',
    ]);
  });

  it('refuse scopes and the browser fields', () => {
    expect(
      sentences({
        name: 'Dev',
        ...pool,
        username: 'ada',
        scopes: ['openid'],
        redirectUri: DEFAULT_REDIRECT_URI,
      }),
    ).toEqual([
      'scopes: is not used by password profiles; leave it out.',
      'redirectUri: is not used by password profiles; leave it out.',
    ]);
  });

  it('refuse an unknown kind with the three names', () => {
    expect(sentences({ ...browser, signIn: 'saml' })).toEqual([
      'signIn: "saml" is not "password", "browser" or "client-credentials".',
    ]);
  });
});

describe('the managed-login domain', () => {
  const domainOf = (domain: string) => ProfileInputSchema.parse({ ...browser, domain }).domain;

  it('is kept as an origin: no trailing slash, any case of host normalised', () => {
    expect(domainOf(`${DOMAIN}/`)).toBe(DOMAIN);
    expect(domainOf('https://Auth.Example.COM')).toBe('https://auth.example.com');
    expect(domainOf('http://localhost:9229')).toBe('http://localhost:9229');
    expect(domainOf('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
  });

  it('refuses http off loopback, a missing scheme, a path, a query and credentials', () => {
    const only = (domain: string) => sentences({ ...browser, domain });
    expect(only('http://myapp.auth.eu-west-1.amazoncognito.com')).toEqual([
      'domain: "http://myapp.auth.eu-west-1.amazoncognit…" is not an https URL; the managed login is only reached over https (http is only for an emulator on this computer).',
    ]);
    expect(only('myapp.auth.eu-west-1.amazoncognito.com')).toEqual([
      `domain: "myapp.auth.eu-west-1.amazoncognito.com" is not the managed login's domain (such as ${DOMAIN}); write it with https://.`,
    ]);
    expect(only(`${DOMAIN}/oauth2/authorize`)[0]).toMatch(
      /has a path or query; give the domain only/,
    );
    expect(only(`${DOMAIN}?x=1`)[0]).toMatch(/has a path or query/);
    expect(only('https://me:pw@auth.example.com')).toEqual([
      'domain: must not contain a user name or password (they would be stored in plain text).',
    ]);
  });
});

describe('the redirect URI', () => {
  const only = (redirectUri: string) => sentences({ ...browser, redirectUri });

  it('must be http on loopback with a port, and no fragment', () => {
    expect(only('https://localhost:8976/callback')).toEqual([
      `redirectUri: "https://localhost:8976/callback" is not a loopback redirect URI (such as ${DEFAULT_REDIRECT_URI}): this app can only listen on http://localhost or 127.0.0.1.`,
    ]);
    expect(only('http://example.com:8976/callback')[0]).toMatch(
      /can only listen on http:\/\/localhost/,
    );
    expect(only('http://localhost/callback')).toEqual([
      'redirectUri: "http://localhost/callback" names no port; add one (such as :8976) and register the same URI as a callback URL of the app client.',
    ]);
    expect(only('http://localhost:8976/cb#x')[0]).toMatch(/#fragment/);
    expect(
      ProfileInputSchema.parse({ ...browser, redirectUri: 'http://[::1]:9000/' }).redirectUri,
    ).toBe('http://[::1]:9000/');
  });
});

describe('scopes and the identity provider', () => {
  it('refuse a scope with a space or quote, more than 50 scopes, and a provider with a newline', () => {
    expect(sentences({ ...browser, scopes: ['openid', 'a b'] })).toEqual([
      'scopes[1]: "a b" is not an OAuth scope (1 to 256 characters without spaces or quotes, such as openid or orders/read).',
    ]);
    const many = Array.from({ length: 51 }, (_, i) => `s${i}`);
    expect(sentences({ ...browser, scopes: many })).toEqual([
      'scopes: lists 51 scopes; at most 50 are allowed.',
    ]);
    expect(sentences({ ...browser, identityProvider: 'Goo\ngle' })[0]).toMatch(
      /^identityProvider: "Goo\\ngle" is not an identity provider name/,
    );
  });
});

describe('an edit that switches kinds', () => {
  function storeWith(input: unknown) {
    const data = emptyStoreData();
    insertProfile(data, ProfileInputSchema.parse(input), 'p1');
    return data;
  }

  it('drops what only the old kind used, and fills the new kind’s defaults', () => {
    const data = storeWith({
      name: 'Dev',
      ...pool,
      username: 'ada',
      authFlow: 'choice',
      preferredChallenge: 'EMAIL_OTP',
      rememberPassword: true,
    });
    const edited = patchProfile(data, 'Dev', { signIn: 'browser', domain: DOMAIN });
    expect(edited).toMatchObject({
      signIn: 'browser',
      username: 'ada',
      authFlow: 'srp',
      rememberPassword: false,
      scopes: [...DEFAULT_BROWSER_SCOPES],
      redirectUri: DEFAULT_REDIRECT_URI,
    });
    expect(edited.preferredChallenge).toBeUndefined();
    const back = patchProfile(data, 'Dev', { signIn: 'password' });
    expect(back.scopes).toBeUndefined();
    expect(back.redirectUri).toBeUndefined();
    expect(back.domain).toBe(DOMAIN);
  });

  it('still refuses a field the patch itself sets that the new kind does not use', () => {
    const data = storeWith({ name: 'Dev', ...pool, username: 'ada' });
    let error: unknown;
    try {
      patchProfile(data, 'Dev', { signIn: 'browser', domain: DOMAIN, authFlow: 'password' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).details).toEqual([
      'authFlow: is not used by browser profiles; leave it out.',
    ]);
  });

  it('clears a browser profile’s redirect URI back to the default with null', () => {
    const data = storeWith({ ...browser, redirectUri: 'http://localhost:5000/cb' });
    expect(patchProfile(data, 'Web', { redirectUri: null }).redirectUri).toBe(DEFAULT_REDIRECT_URI);
  });
});

describe('helpers', () => {
  it('knows loopback hosts', () => {
    for (const host of ['localhost', '127.0.0.1', '127.255.0.9', '[::1]', 'LOCALHOST']) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of [
      'example.com',
      '128.0.0.1',
      '127.0.0.256',
      'localhost.example.com',
      '[::2]',
    ]) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });

  it('names who a profile signs in as, never an empty string', () => {
    expect(profileUserText({ signIn: 'password', username: 'ada' })).toBe('ada');
    expect(profileUserText({ signIn: 'browser' })).toBe('signs in with the browser');
    expect(profileUserText({ signIn: 'client-credentials' })).toBe('app client (M2M)');
  });
});

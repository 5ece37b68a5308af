// How the doctor reads the managed login's redirect, in the shapes real Cognito sends (absolute
// Location URLs on the domain, as quoted in the public reports cited in authorize-probe.ts) and
// a few that are not Cognito at all.
import { describe, expect, it } from 'vitest';
import { authorizeOutcomeOf, probeAuthorizeUrl } from '../../src/main/doctor/authorize-probe';
import type { OAuthClientConfig } from '../../src/main/oauth';

const DOMAIN = 'https://myapp.auth.eu-west-1.amazoncognito.com';
const config: OAuthClientConfig = {
  domain: DOMAIN,
  clientId: 'abc123client',
  scopes: ['openid', 'email'],
  redirectUri: 'http://localhost:8976/callback',
  identityProvider: 'Google',
  issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool1',
  jwksUri: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool1/.well-known/jwks.json',
};
const read = (status: number, location: string | null) =>
  authorizeOutcomeOf(config, status, location);

describe('the authorize probe', () => {
  it('asks without state, PKCE or identity provider, so Cognito answers with its own pages', () => {
    const url = new URL(probeAuthorizeUrl(config));
    expect(`${url.origin}${url.pathname}`).toBe(`${DOMAIN}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'abc123client',
      redirect_uri: 'http://localhost:8976/callback',
      scope: 'openid email',
    });
  });

  it("reads Cognito's redirects", () => {
    expect(read(302, `${DOMAIN}/login?client_id=abc123client&response_type=code`)).toEqual({
      kind: 'accepted',
    });
    expect(read(302, `${DOMAIN}/error?error=redirect_mismatch&client_id=abc123client`)).toEqual({
      kind: 'redirect-mismatch',
    });
    expect(read(302, `${DOMAIN}/error?error=invalid_request`)).toEqual({
      kind: 'refused',
      error: 'invalid_request',
    });
    expect(read(302, `${DOMAIN}/error#`)).toEqual({ kind: 'refused', error: 'no error name' });
    expect(
      read(
        302,
        'http://localhost:8976/callback?error_description=invalid_scope&error=invalid_request',
      ),
    ).toEqual({ kind: 'request-refused', error: 'invalid_scope' });
  });

  it('keeps only what an error name can be out of a redirect', () => {
    expect(read(302, `${DOMAIN}/error?error=${encodeURIComponent('<b>x</b>\n')}`)).toEqual({
      kind: 'refused',
      error: 'bxb',
    });
  });

  it('calls anything else not a managed login', () => {
    expect(read(200, null)).toEqual({ kind: 'not-managed-login', status: 200 });
    expect(read(404, null)).toEqual({ kind: 'not-managed-login', status: 404 });
    expect(read(302, 'https://elsewhere.example.com/login')).toEqual({
      kind: 'not-managed-login',
      status: 302,
    });
    expect(read(301, `${DOMAIN}/somewhere`)).toEqual({ kind: 'not-managed-login', status: 301 });
  });
});

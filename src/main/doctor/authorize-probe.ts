// The browser profile's probe: one GET of the managed login's /oauth2/authorize, redirects not
// followed, read as Cognito answers it. Harmless: no browser, no cookie, no sign-in page shown.
//
// What Cognito answers (public sources, 2026-12):
// - valid client and callback URL: a redirect to its /login with the same parameters (AWS
//   developer guide, "The redirect and authorization endpoint": "Otherwise, it redirects to the
//   Login endpoint with the same URL parameters that you included in your request").
// - a redirect_uri that is not one of the client's callback URLs: a redirect to
//   /error?error=redirect_mismatch&client_id=… (aws/aws-aspnet-cognito-identity-provider#167,
//   mblackgeo/flask-cognito-lib#21); the match is exact, port included.
// - other bad requests: a redirect to /error?error=… (amazon-cognito-auth-js#121 saw
//   error=invalid_request; amplify-js#755 saw a bare /error). What an unknown client_id gives is
//   not documented, so any other /error answer is worded as "refused", never as one cause.
// - scope or grant refused once the callback URL is known: back to the callback URL with
//   error=… (awscdk-minecraft#40: error=invalid_request&error_description=invalid_scope).
import type { OAuthClientConfig } from '../oauth';
import { networkReason } from './openid-probe';

/** What the authorize request said. */
export type AuthorizeOutcome =
  | { kind: 'unreachable'; detail: string }
  /** The domain answered, but not with any of Cognito's managed-login redirects. */
  | { kind: 'not-managed-login'; status: number }
  /** A redirect to /login: client and redirect URI are accepted. */
  | { kind: 'accepted' }
  | { kind: 'redirect-mismatch' }
  /** A redirect to /error with another (or no) error name. */
  | { kind: 'refused'; error: string }
  /** Back to the redirect URI with an error: the URI is accepted, the request is not. */
  | { kind: 'request-refused'; error: string };

/** The authorize URL the probe asks (no state or PKCE: nothing will ever come back to it). */
export function probeAuthorizeUrl(config: OAuthClientConfig): string {
  const url = new URL('/oauth2/authorize', config.domain);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', config.redirectUri);
  if (config.scopes.length > 0) url.searchParams.set('scope', config.scopes.join(' '));
  // identity_provider is left out on purpose: with it Cognito would redirect to the IdP.
  return url.href;
}

// Error names are quoted in sentences: keep only what an error name can be.
const errorName = (value: string | null): string =>
  (value ?? '').replace(/[^\w .-]/g, '').slice(0, 60) || 'no error name';

/** Reads where the managed login sent the browser. */
export function authorizeOutcomeOf(
  config: OAuthClientConfig,
  status: number,
  location: string | null,
): AuthorizeOutcome {
  if (status < 300 || status > 399 || !location) return { kind: 'not-managed-login', status };
  const target = new URL(location, config.domain);
  const domain = new URL(config.domain);
  const redirect = new URL(config.redirectUri);
  if (target.origin === redirect.origin && target.pathname === redirect.pathname) {
    const error = target.searchParams.get('error');
    const description = target.searchParams.get('error_description');
    // Cognito words a refused scope as error=invalid_request&error_description=invalid_scope.
    const name = description === 'invalid_scope' ? description : errorName(error);
    return { kind: 'request-refused', error: name };
  }
  if (target.origin !== domain.origin) return { kind: 'not-managed-login', status };
  if (target.pathname === '/login') return { kind: 'accepted' };
  if (target.pathname === '/error') {
    const error = target.searchParams.get('error');
    return error === 'redirect_mismatch'
      ? { kind: 'redirect-mismatch' }
      : { kind: 'refused', error: errorName(error) };
  }
  return { kind: 'not-managed-login', status };
}

/** GETs the authorize URL without following the redirect; never throws. */
export async function probeAuthorize(
  config: OAuthClientConfig,
  timeoutMs: number,
): Promise<AuthorizeOutcome> {
  let response: Response;
  try {
    response = await fetch(probeAuthorizeUrl(config), {
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { kind: 'unreachable', detail: networkReason(error).slice(0, 200) };
  }
  await response.body?.cancel();
  return authorizeOutcomeOf(config, response.status, response.headers.get('location'));
}

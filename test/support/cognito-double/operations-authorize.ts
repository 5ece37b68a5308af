// GET /oauth2/authorize of the managed login, as far as a client that does not follow redirects
// sees it: a 302 to /login with the same parameters when the client and its callback URL are
// right, to /error?error=redirect_mismatch when the redirect_uri is not one of the client's
// callback URLs (exact match, port included), to /error?error=invalid_request for an unknown
// client or missing parameters (what Cognito names an unknown client is not documented), and
// back to the callback URL with an error when the grant or a scope is refused. The sources for
// each answer are cited in src/main/doctor/authorize-probe.ts.
import type { ServerResponse } from 'node:http';
import type { DoubleContext } from './context';
import type { DoubleRequest } from './types';

/** Where the managed login sends the browser (always a 302 here). */
export interface AuthorizeAnswer {
  location: string;
  /** The error name, for the request log. */
  error?: string;
}

function toError(error: string, clientId: string | null): AuthorizeAnswer {
  const query = new URLSearchParams({ error });
  if (clientId) query.set('client_id', clientId);
  return { location: `/error?${query.toString()}`, error };
}

function toCallback(redirectUri: string, error: string, description?: string): AuthorizeAnswer {
  const target = new URL(redirectUri);
  if (description) target.searchParams.set('error_description', description);
  target.searchParams.set('error', error);
  return { location: target.href, error: description ?? error };
}

/** Answers one authorize request (its query string). */
export function answerAuthorize(context: DoubleContext, query: URLSearchParams): AuthorizeAnswer {
  const clientId = query.get('client_id');
  const redirectUri = query.get('redirect_uri');
  if (!clientId || !redirectUri || !query.get('response_type')) {
    return toError('invalid_request', clientId);
  }
  let client;
  try {
    client = context.directory.client(clientId).client;
  } catch {
    return toError('invalid_request', clientId);
  }
  if (!(client.callbackUrls ?? []).includes(redirectUri)) {
    return toError('redirect_mismatch', clientId);
  }
  if (query.get('response_type') !== 'code' || !client.oauthFlows?.includes('code')) {
    return toCallback(redirectUri, 'unauthorized_client');
  }
  const asked = (query.get('scope') ?? '').split(' ').filter(Boolean);
  if (asked.some((scope) => !(client.oauthScopes ?? []).includes(scope))) {
    return toCallback(redirectUri, 'invalid_request', 'invalid_scope');
  }
  return { location: `/login?${query.toString()}` };
}

/** GET /oauth2/authorize: a 302, logged with its query (which holds no secret). */
export function serveAuthorize(
  context: DoubleContext,
  requests: DoubleRequest[],
  url: URL,
  res: ServerResponse,
): void {
  const answer = answerAuthorize(context, url.searchParams);
  requests.push({
    operation: 'OAuth /oauth2/authorize',
    body: Object.fromEntries(url.searchParams),
    status: 302,
    ...(answer.error ? { errorType: answer.error } : {}),
  });
  res.writeHead(302, { Location: answer.location, 'Content-Length': 0 }).end();
}

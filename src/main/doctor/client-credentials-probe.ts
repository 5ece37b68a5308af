// The M2M profile's probe: one client_credentials request with the stored secret and scopes.
// Harmless: Cognito only issues an access token, which is dropped here unread (never shown,
// never stored). The answer's OAuth error name says what is wrong with the app client.
import type { OAuthClientConfig } from '../oauth';
import { networkReason } from './openid-probe';

/** What the token endpoint said. */
export type ClientCredentialsOutcome =
  | { kind: 'unreachable'; detail: string }
  | { kind: 'issued' }
  /** An OAuth error answer ({"error": …}). */
  | { kind: 'refused'; error: string; status: number }
  /** Throttled or a server error: nothing to fix in the profile. */
  | { kind: 'server'; status: number }
  /** Neither a token nor an OAuth error: not Cognito's token endpoint. */
  | { kind: 'not-managed-login'; status: number };

/** The answer's shape: a token was issued, an OAuth error name, or neither (null). */
async function answerOf(response: Response): Promise<'token' | { error: string } | null> {
  try {
    const body = (await response.json()) as { error?: unknown; access_token?: unknown };
    if (typeof body.error === 'string') {
      return { error: body.error.replace(/[^\w.-]/g, '').slice(0, 60) || 'no error name' };
    }
    return response.ok && typeof body.access_token === 'string' ? 'token' : null;
  } catch {
    return null;
  }
}

/** Asks for one access token and drops it; never throws. */
export async function probeClientCredentials(
  config: OAuthClientConfig,
): Promise<ClientCredentialsOutcome> {
  // Loaded here, not at the top: the facade loads the doctor, and `token` must stay quick.
  const [oauth, { oauthEndpoints }] = await Promise.all([
    import('oauth4webapi'),
    import('../oauth/index.js'),
  ]);
  let response: Response;
  try {
    const { as, client, clientAuth, requestOptions } = oauthEndpoints(config);
    const scope: Record<string, string> =
      config.scopes.length > 0 ? { scope: config.scopes.join(' ') } : {};
    response = await oauth.clientCredentialsGrantRequest(
      as,
      client,
      clientAuth,
      scope,
      requestOptions(),
    );
  } catch (error) {
    return { kind: 'unreachable', detail: networkReason(error).slice(0, 200) };
  }
  const { status } = response;
  if (status === 429 || status >= 500) {
    await response.body?.cancel();
    return { kind: 'server', status };
  }
  // The token itself goes out of scope here, unread.
  const answer = await answerOf(response);
  if (answer === 'token') return { kind: 'issued' };
  if (answer) return { kind: 'refused', error: answer.error, status };
  return { kind: 'not-managed-login', status };
}

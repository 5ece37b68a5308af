// Cognito's OAuth error names (the `error` of a token, revocation or redirect answer), each turned
// into a code and one sentence saying what to change in the app client or the profile.
import type { AuthErrorCode } from '../../shared/auth';
import { safeMessage } from '../cognito/safe-message';
import type { OAuthErrorContext, OAuthOperation } from './oauth-error-context';

const MAX_QUOTED = 120;

const GRANT_NAMES: Record<OAuthOperation, string> = {
  authorize: 'authorization code',
  'code-exchange': 'authorization code',
  'client-credentials': 'client credentials',
  refresh: 'refresh token',
  revoke: 'refresh token',
};

/** An error code and its sentence. */
export type Mapped = [AuthErrorCode, string];

function quoted(description: unknown, ctx: OAuthErrorContext): string {
  const text = safeMessage(description, ctx.secrets);
  if (text === undefined) return '';
  return text.length > MAX_QUOTED ? ` (${text.slice(0, MAX_QUOTED)}…)` : ` (${text})`;
}

function invalidClient(ctx: OAuthErrorContext): Mapped {
  return ctx.hasSecret
    ? [
        'secret-hash',
        "Cognito refused the app client (invalid_client): check the profile's client ID and client secret.",
      ]
    : [
        'client-secret-required',
        "Cognito refused the app client (invalid_client): check the profile's client ID, and add the client secret if the app client has one.",
      ];
}

function invalidGrant(ctx: OAuthErrorContext): Mapped {
  if (ctx.operation === 'refresh' || ctx.operation === 'revoke') {
    return [
      'refresh-token-invalid',
      'The refresh token is no longer valid (expired or revoked): sign in again.',
    ];
  }
  return [
    'session-expired',
    `Cognito refused the sign-in code (invalid_grant): start the sign-in again, and check that ${ctx.redirectUri ?? 'the redirect URI'} is one of the app client's callback URLs.`,
  ];
}

/** Cognito's OAuth error names (RFC 6749 §4.1.2.1, §5.2, RFC 7009 §2.2.1), each with advice. */
export function byOAuthError(error: string, description: unknown, ctx: OAuthErrorContext): Mapped {
  const said = quoted(description, ctx);
  switch (error) {
    case 'invalid_client':
      return invalidClient(ctx);
    case 'invalid_grant':
      return invalidGrant(ctx);
    case 'unauthorized_client':
      return [
        'flow-not-enabled',
        `The app client does not allow the ${GRANT_NAMES[ctx.operation]} grant: enable it in the app client's OAuth settings in Cognito, or change the profile's kind.`,
      ];
    case 'unsupported_grant_type':
      return [
        'flow-not-enabled',
        `Cognito does not accept the ${GRANT_NAMES[ctx.operation]} grant for this app client: enable it in the app client's OAuth settings in Cognito.`,
      ];
    case 'invalid_scope':
      return [
        'invalid-input',
        `The app client does not allow the scopes "${ctx.scopes.join(' ')}": add them to the app client's allowed OAuth scopes in Cognito, or change the profile's scopes.`,
      ];
    case 'access_denied':
      return [
        'wrong-credentials',
        `The sign-in was refused in the browser (access_denied)${said}: sign in again, or ask the pool's administrator whether this user may use this app client.`,
      ];
    case 'redirect_mismatch':
      return [
        'invalid-input',
        `Cognito does not accept the redirect URI ${ctx.redirectUri ?? ''} for this app client: add it to the app client's allowed callback URLs, or change the profile's redirect URI.`,
      ];
    case 'unsupported_token_type':
      return [
        'invalid-input',
        'Cognito did not accept the token for revocation (unsupported_token_type): only refresh tokens can be revoked.',
      ];
    case 'invalid_request':
      return [
        'invalid-input',
        `Cognito refused the request as malformed (invalid_request)${said}: check the profile's domain, client ID, scopes and redirect URI.`,
      ];
    case 'server_error':
    case 'temporarily_unavailable':
      return ['server', `Cognito at ${ctx.host} had a problem (${error}): try again later.`];
    default:
      return [
        'unknown',
        `Cognito refused the request (${error.slice(0, 40)})${said}: check the app client's OAuth settings in Cognito.`,
      ];
  }
}

// The check of an M2M profile's app client, read from one client_credentials request: the client
// and its stored secret are right, the grant is allowed, and so are the profile's scopes.
import type { ClientCredentialsOutcome } from './client-credentials-probe';
import type { DoctorCheck } from './doctor-types';
import { clip } from './managed-login-checks';

const BASE = { id: 'client-credentials', title: 'Client credentials' };
const EDIT_SECRET =
  '(cognito-tokens profiles edit NAME --client-secret-env VAR, or Edit in the app)';

function invalidClient(hasSecret: boolean): DoctorCheck {
  return hasSecret
    ? {
        ...BASE,
        status: 'fail',
        sentence: 'Cognito refused the app client id or the stored client secret (invalid_client).',
        fix: `Check the app client id, then copy the secret again from the app client's page in the Cognito console and replace the stored one ${EDIT_SECRET}.`,
      }
    : {
        ...BASE,
        status: 'fail',
        sentence:
          'Cognito refused the app client (invalid_client), and this profile stores no client secret.',
        fix: `Add the app client's secret to the profile ${EDIT_SECRET}: client credentials need one.`,
      };
}

function invalidScope(scopes: readonly string[]): DoctorCheck {
  return scopes.length > 0
    ? {
        ...BASE,
        status: 'fail',
        sentence: `The app client may not ask for the scopes "${clip(scopes.join(' '))}" (invalid_scope).`,
        fix: "Add them to the app client's allowed custom scopes in Cognito, or change the profile's scopes.",
      }
    : {
        ...BASE,
        status: 'fail',
        sentence: 'Cognito has no custom scope to grant this app client (invalid_scope).',
        fix: 'Give the app client at least one custom scope of a resource server in Cognito, or list scopes in the profile.',
      };
}

/** What one client_credentials request says about the app client. */
export function clientCredentialsCheck(
  outcome: ClientCredentialsOutcome | 'secret-unreadable',
  hasSecret: boolean,
  scopes: readonly string[],
): DoctorCheck {
  if (outcome === 'secret-unreadable') {
    return {
      ...BASE,
      status: 'fail',
      sentence:
        "The keychain did not give back this profile's client secret, so no token was asked for.",
      fix: 'Unlock the keychain, then check again.',
    };
  }
  switch (outcome.kind) {
    case 'issued': {
      const what = scopes.length > 0 ? ` for "${clip(scopes.join(' '))}"` : '';
      return {
        ...BASE,
        status: 'pass',
        sentence: `Cognito issued an access token${what} to the app client and its stored secret (the doctor dropped it: it is neither shown nor kept).`,
      };
    }
    case 'refused':
      if (outcome.error === 'invalid_client') return invalidClient(hasSecret);
      if (outcome.error === 'invalid_scope') return invalidScope(scopes);
      if (outcome.error === 'unauthorized_client' || outcome.error === 'unsupported_grant_type') {
        return {
          ...BASE,
          status: 'fail',
          sentence: `The app client does not allow the client credentials grant (${outcome.error}).`,
          fix: "Turn on the client credentials grant in the app client's OAuth 2.0 settings in Cognito (it needs a client secret).",
        };
      }
      return {
        ...BASE,
        status: 'fail',
        sentence: `Cognito refused the client credentials (${outcome.error}).`,
        fix: "Check the app client's OAuth 2.0 settings in Cognito.",
      };
    case 'server':
      return {
        ...BASE,
        status: 'fail',
        sentence: `Cognito's token endpoint did not serve the request (HTTP ${outcome.status}).`,
        fix: 'Try again in a minute.',
      };
    default:
      return {
        ...BASE,
        status: 'skip',
        sentence: "Not known: the domain did not answer as Cognito's managed login.",
      };
  }
}

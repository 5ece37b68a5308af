// The checks of a browser profile's managed login: the domain answers as Cognito's managed login,
// and the app client accepts the profile's redirect URI (and scopes), read from one authorize GET.
import { EXAMPLE_DOMAIN } from '../../shared/sign-in-fields';
import { isLoopbackHost } from '../../shared/profile';
import type { AuthorizeOutcome } from './authorize-probe';
import type { ClientCredentialsOutcome } from './client-credentials-probe';
import type { DoctorCheck } from './doctor-types';

/** A profile's value as quoted in a sentence: the window bounds each sentence, so long ones are cut. */
export function clip(value: string, max = 200): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** What a sentence says when HTTPS_PROXY is set, which Node's fetch does not follow. */
export function proxyNote(): string {
  const proxy = process.env.HTTPS_PROXY ?? process.env.https_proxy;
  return proxy ? ' HTTPS_PROXY is set, but the app connects to Cognito directly.' : '';
}

/** Whether the managed-login domain answers, and answers as Cognito does. */
export function domainCheck(
  origin: string,
  outcome: AuthorizeOutcome | ClientCredentialsOutcome,
): DoctorCheck {
  const base = { id: 'domain', title: 'Managed login answers' };
  const domain = clip(origin);
  if (outcome.kind === 'unreachable') {
    return {
      ...base,
      status: 'fail',
      sentence: `${domain} did not answer (${outcome.detail}).${proxyNote()}`,
      fix: isLoopbackHost(new URL(origin).hostname)
        ? "Start the server at that address, or correct the profile's domain."
        : "Check the profile's domain (the user pool's Domain page in the Cognito console shows it), and the network, DNS and any firewall or proxy between this computer and AWS.",
    };
  }
  if (outcome.kind === 'not-managed-login') {
    return {
      ...base,
      status: 'fail',
      sentence: `${domain} answers, but not as Cognito's managed login (HTTP ${outcome.status}).`,
      fix: `Set the profile's domain to the one on the user pool's Domain page in the Cognito console (such as ${EXAMPLE_DOMAIN}).`,
    };
  }
  return {
    ...base,
    status: 'pass',
    sentence: `${domain} answers as Cognito's managed login.${proxyNote()}`,
  };
}

function refusedRequest(uri: string, error: string, scopes: string): DoctorCheck {
  const base = { id: 'redirect-uri', title: 'Redirect URI accepted', status: 'fail' as const };
  if (error === 'invalid_scope') {
    return {
      ...base,
      sentence: `Cognito accepts ${uri}, but the app client does not allow the scopes "${scopes}" (invalid_scope).`,
      fix: "Add them to the app client's allowed OAuth scopes in Cognito, or change the profile's scopes.",
    };
  }
  if (error === 'unauthorized_client') {
    return {
      ...base,
      sentence: `Cognito accepts ${uri}, but the app client does not allow the authorization code grant (unauthorized_client).`,
      fix: "Turn on the authorization code grant in the app client's managed login (OAuth 2.0) settings.",
    };
  }
  return {
    ...base,
    sentence: `Cognito accepts ${uri}, but refused the sign-in request (${error}).`,
    fix: "Check the app client's managed login (OAuth 2.0) settings in Cognito: its grant types and scopes.",
  };
}

/** Whether the app client takes the profile's redirect URI (and scopes) at /oauth2/authorize. */
export function redirectUriCheck(
  outcome: AuthorizeOutcome,
  uri: string,
  scopes: readonly string[],
): DoctorCheck {
  const base = { id: 'redirect-uri', title: 'Redirect URI accepted' };
  const redirectUri = clip(uri);
  switch (outcome.kind) {
    case 'accepted':
      return {
        ...base,
        status: 'pass',
        sentence: `The app client accepts ${redirectUri}, and Cognito offers its sign-in page.`,
      };
    case 'redirect-mismatch':
      return {
        ...base,
        status: 'fail',
        sentence: `${redirectUri} is not one of the app client's callback URLs (redirect_mismatch).`,
        fix: `Add ${redirectUri} to the app client's callback URLs; Cognito matches the port exactly.`,
      };
    case 'refused':
      return {
        ...base,
        status: 'fail',
        sentence: `The managed login refused the sign-in request (${outcome.error}): the app client may not exist in this pool, or may not use the managed login.`,
        fix: "Check the profile's app client id, and that the app client has the managed login (OAuth 2.0 authorization code grant) turned on.",
      };
    case 'request-refused':
      return refusedRequest(redirectUri, outcome.error, clip(scopes.join(' ')));
    default:
      return {
        ...base,
        status: 'skip',
        sentence: "Not known: the domain did not answer as Cognito's managed login.",
      };
  }
}

// The profiles an Amplify file becomes: a password profile for the user named with the import,
// and a browser profile when the file has an OAuth block (the managed login). Each comes with
// the notes a person needs, such as a redirect URI that still has to be registered.
import type { AuthFlow } from '../../shared/auth';
import { redirectUriProblem } from '../../shared/sign-in-fields';
import { DEFAULT_REDIRECT_URI } from '../../shared/sign-in-kinds';
import type { AmplifyClient } from './amplify-config';

/** The import's own settings for Amplify files (which name no user). */
export interface AmplifyImportOptions {
  name?: string;
  username?: string;
  authFlow?: AuthFlow;
  endpoint?: string;
}

/** Profile inputs (not validated yet) and sentences to show beside the import's outcome. */
export interface AmplifyProfiles {
  inputs: Record<string, unknown>[];
  notes: string[];
}

/** The suffix that names the browser profile beside the password one. */
export const BROWSER_SUFFIX = ' (browser)';
const MAX_NAME = 64;

/** The browser profile of an Amplify file with an OAuth block, and what to tell about it. */
function browserProfile(
  client: AmplifyClient & { oauth: NonNullable<AmplifyClient['oauth']> },
  base: Record<string, unknown>,
  baseName: string,
): AmplifyProfiles {
  const name = `${baseName.slice(0, MAX_NAME - BROWSER_SUFFIX.length)}${BROWSER_SUFFIX}`;
  const { oauth } = client;
  // Our listener can only take a loopback URI with a port; the file's web URLs are for the app.
  const usable = oauth.redirectSignIn.find((uri) => redirectUriProblem(uri) === null);
  const notes: string[] = [];
  if (usable === undefined) {
    notes.push(
      `"${name}" uses ${DEFAULT_REDIRECT_URI}, as the file names no http://localhost redirect URI with a port: add it to the app client's callback URLs (Cognito matches it exactly, port included).`,
    );
  }
  if (oauth.identityProviders.length > 0) {
    notes.push(
      `The file names the identity providers ${oauth.identityProviders.join(', ')}; the managed login offers them, or set one on "${name}" to go straight to it.`,
    );
  }
  const input = {
    ...base,
    name,
    signIn: 'browser',
    domain: oauth.domain,
    ...(oauth.scopes?.length ? { scopes: oauth.scopes } : {}),
    ...(usable === undefined ? {} : { redirectUri: usable }),
  };
  return { inputs: [input], notes };
}

/**
 * The profiles an Amplify file's client becomes: a password profile when a username is given,
 * and a browser profile when the file has an OAuth block. Without either, nothing (the caller
 * refuses the import and says why).
 */
export function profilesFromAmplify(
  client: AmplifyClient,
  options: AmplifyImportOptions,
): AmplifyProfiles {
  const baseName = options.name ?? client.userPoolId;
  const base = {
    userPoolId: client.userPoolId,
    clientId: client.clientId,
    ...(client.region === undefined ? {} : { region: client.region }),
    ...(client.identityPoolId === undefined ? {} : { identityPoolId: client.identityPoolId }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
  };
  const result: AmplifyProfiles = { inputs: [], notes: [] };
  if (options.username !== undefined) {
    result.inputs.push({
      ...base,
      name: baseName,
      username: options.username,
      ...(options.authFlow === undefined ? {} : { authFlow: options.authFlow }),
    });
  }
  if (client.oauth) {
    const browser = browserProfile({ ...client, oauth: client.oauth }, base, baseName);
    result.inputs.push(...browser.inputs);
    result.notes.push(...browser.notes);
    if (options.username === undefined) {
      result.notes.push(
        'No password profile was made, as no username was given; import again with one to add it.',
      );
    }
  }
  return result;
}

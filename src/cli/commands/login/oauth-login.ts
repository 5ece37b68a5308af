// `cognito-tokens login NAME` for profiles that sign in without a password: a browser profile
// goes through the managed login (the page opens in the browser, or its address is printed with
// --no-browser), and an M2M profile fetches an access token with the app client's credentials.
import type { TokenSet } from '../../../shared/auth';
import type { Profile } from '../../../shared/profile';
import type { TokenManager } from '../../../main/token-manager';
import { timeLeftText } from '../../../shared/session-words';
import type { CommandContext } from '../../command';
import { EXIT, type ExitCode } from '../../../shared/exit-codes';
import { info } from '../../io';
import { formatTokens, type OutputMode } from '../../output';

/** What the login of a browser or M2M profile was asked for on the command line. */
export interface OAuthLoginOptions {
  /** Print the sign-in address instead of opening a browser (--no-browser). */
  noBrowser: boolean;
  output: OutputMode | null;
}

/** Opens a URL in the system browser with the `open` package, loaded only when needed. */
export async function openInBrowser(url: string): Promise<void> {
  const { default: open } = await import('open');
  await open(url);
}

/** Signs a browser or client-credentials profile in; returns the exit code. */
export async function oauthLogin(
  ctx: CommandContext,
  manager: TokenManager,
  profile: Profile,
  options: OAuthLoginOptions,
): Promise<ExitCode> {
  const { io, secrets } = ctx;
  let tokens: TokenSet;
  if (profile.signIn === 'client-credentials') {
    const step = await manager.signIn(profile.id);
    if (step.type !== 'signed-in') throw new Error('An M2M sign-in cannot ask for anything.');
    tokens = step.tokens;
  } else {
    // Ctrl+C stops the wait and closes the redirect listener before the process ends.
    const abort = new AbortController();
    const stop = () => {
      abort.abort();
    };
    process.once('SIGINT', stop);
    try {
      tokens = await manager.signInWithBrowser(profile.id, {
        signal: abort.signal,
        openUrl: async (url) => {
          if (options.noBrowser) {
            info(io, `Open this address in a browser to sign in to profile "${profile.name}":`);
            info(io, url);
          } else {
            await openInBrowser(url);
            info(io, `Opened the sign-in page of profile "${profile.name}" in your browser.`);
          }
          info(io, 'Waiting up to 5 minutes for the sign-in to finish (Ctrl+C cancels)…');
        },
      });
    } finally {
      process.off('SIGINT', stop);
    }
  }
  for (const token of [tokens.idToken, tokens.accessToken, tokens.refreshToken]) secrets.add(token);
  if (options.output) io.stdout.write(formatTokens(tokens, options.output));
  const left = timeLeftText(tokens.expiresAt - Date.now());
  info(io, signedInLine(profile, tokens, left));
  return EXIT.ok;
}

/** The one line that says what was obtained, for whom, and for how long. */
function signedInLine(profile: Profile, tokens: TokenSet, left: string): string {
  if (profile.signIn === 'client-credentials') {
    return `Fetched an access token for app client ${profile.clientId} (profile "${profile.name}"); it expires in ${left}, and a new one is fetched when it runs out.`;
  }
  return `Signed in to profile "${profile.name}" as ${tokens.username} through the browser; the tokens expire in ${left}.`;
}

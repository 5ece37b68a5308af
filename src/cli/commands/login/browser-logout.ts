// `logout NAME --browser`: after the tokens are revoked, ends the managed login's own session
// (its cookie in the browser), so the next browser sign-in asks for the password again.
import type { Profile } from '../../../shared/profile';
import type { TokenManager } from '../../../main/token-manager';
import type { CommandContext } from '../../command';
import { info } from '../../io';
import { openInBrowser } from './oauth-login';

/** Opens Cognito's sign-out page (or prints it) and says what came of it. */
export async function endBrowserSessionFromCli(
  ctx: CommandContext,
  manager: TokenManager,
  profile: Profile,
  noBrowser: boolean,
): Promise<void> {
  const redirectUri = profile.redirectUri ?? 'the redirect URI';
  const outcome = await manager.endBrowserSession(profile.id, {
    openUrl: async (url) => {
      if (noBrowser) {
        info(ctx.io, 'Open this address in the browser you signed in with, to sign out there:');
        info(ctx.io, url);
      } else await openInBrowser(url);
      info(ctx.io, 'Waiting up to 2 minutes for the browser to come back from the sign-out page…');
    },
  });
  info(
    ctx.io,
    outcome === 'signed-out'
      ? `The managed login's session in the browser is ended too: the next sign-in of "${profile.name}" asks for the password again.`
      : `The browser did not come back from Cognito's sign-out page, so its managed-login session may remain: add ${redirectUri} to the app client's sign-out URLs (Cognito sends the browser there afterwards).`,
  );
}

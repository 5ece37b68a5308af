// `cognito-tokens logout [PROFILE] [--global]`: revoke with Cognito, forget the tokens here.
import { AuthError, VaultError } from '../../../shared/errors';
import { parseFlagsAndArgs } from '../../args';
import { chosenProfile } from '../../chosen-profile';
import { usageError } from '../../cli-error';
import type { Command } from '../../command';
import { EXIT } from '../../../shared/exit-codes';
import { deviceForgetSentence } from '../../../shared/outcome-words';
import { info } from '../../io';
import { openManager } from '../../manager';
import { parseTimeoutMs } from './login-options';
import { endBrowserSessionFromCli } from './browser-logout';

/** `logout --help`. */
export const LOGOUT_HELP = `Usage: cognito-tokens logout [PROFILE] [--global] [--browser [--no-browser]] [--timeout S]

Signs a profile out (the active one when none is named): asks Cognito to revoke the
refresh token, then deletes the profile's tokens from the keychain whatever Cognito
answered. The profile itself, its client secret and a remembered password stay.

  --global      also sign the user out on every device (GlobalSignOut), and forget
                this computer's remembered device (ForgetDevice), which a plain
                logout keeps
  --browser     browser profiles: also end the managed login's session in the
                browser (Cognito's sign-out page), so the next sign-in asks for the
                password again; the redirect URI must be one of the app client's
                sign-out URLs
  --no-browser  with --browser, print the sign-out address instead of opening it
  --timeout S   per-request timeout (default 10)
`;

const FLAGS = {
  global: { type: 'boolean' },
  browser: { type: 'boolean' },
  'no-browser': { type: 'boolean' },
  timeout: { type: 'string' },
} as const;

/** The error for tokens the keychain kept (locked): the sign-out is not done here. */
function leftInKeychain(name: string, kept: VaultError, unconfirmed?: AuthError): VaultError {
  const cognito = unconfirmed
    ? `Cognito did not confirm the sign-out (${unconfirmed.message}), and`
    : 'Cognito revoked the refresh token, but';
  return new VaultError(
    kept.code,
    `${cognito} the tokens of "${name}" are still in the keychain: ${kept.message} They are removed the next time the app or cognito-tokens starts with the keychain usable.`,
    { cause: kept },
  );
}

/** The logout command. */
export const logoutCommand: Command = {
  name: 'logout',
  takesProfile: true,
  summary: 'sign a saved profile out and forget its tokens',
  help: LOGOUT_HELP,
  async run(ctx) {
    const { flags, args } = parseFlagsAndArgs('logout', ctx.argv, FLAGS, 1);
    const named = chosenProfile(ctx.io.env, args[0]);
    const manager = await openManager(ctx, {
      timeoutMs: parseTimeoutMs(flags.timeout),
      reliesOnKeychain: true,
    });
    // Checked first: a flag that cannot apply must not leave the profile half signed out.
    if (flags.browser === true && manager.resolveProfile(named).signIn !== 'browser') {
      throw usageError('--browser is for profiles that sign in with the browser.');
    }
    const { profile, unconfirmed, notRemoved, device } = await manager.signOut(named, {
      global: flags.global === true,
    });
    const note = deviceForgetSentence(device);
    if (note) info(ctx.io, note);
    if (notRemoved) throw leftInKeychain(profile.name, notRemoved, unconfirmed);
    if (!unconfirmed) {
      info(
        ctx.io,
        profile.signIn === 'client-credentials'
          ? `Forgot the access token of profile "${profile.name}" here. Cognito cannot revoke an M2M access token: it stays valid until it expires.`
          : `Signed out of profile "${profile.name}".`,
      );
      if (flags.browser === true) {
        await endBrowserSessionFromCli(ctx, manager, profile, flags['no-browser'] === true);
      }
      return EXIT.ok;
    }
    // The tokens are gone here, but the refresh token may still work at Cognito: say so.
    throw new AuthError(
      unconfirmed.code,
      `The tokens of "${profile.name}" are forgotten here, but Cognito did not confirm the sign-out, so its refresh token may still work: ${unconfirmed.message}`,
      { cause: unconfirmed },
    );
  },
};

// The window's browser sign-in: start answers once the redirect listener is up (with the page's
// address, which carries no secret), wait answers when the browser came back, copy puts the
// address on main's clipboard. Cancel is the session channel's cancel-sign-in. Tokens never
// leave main: wait answers {} and the window reads the token view as after a password.
import { AuthError } from '../../shared/errors';
import { isSignInPageUrl } from '../protocol/sign-in-page';
import type { ContractHandlers } from './dispatch';
import type { HandlerDeps } from './handler-deps';

type BrowserChannels =
  'ctm:start-browser-sign-in' | 'ctm:wait-browser-sign-in' | 'ctm:copy-sign-in-link';

/** One profile's browser sign-in, from start until the window has heard how it ended. */
interface PendingSignIn {
  /** The authorize URL, once the listener is up. */
  url?: string;
  /** Resolves when signed in; rejects with the AuthError that ended it. */
  outcome: Promise<void>;
  settled: boolean;
}

const nothingWaiting = () =>
  new AuthError(
    'session-expired',
    'No browser sign-in is waiting for this profile: start the sign-in again.',
  );

/** The browser sign-in channels; each handler set keeps its own pending sign-ins. */
export function browserSignInHandlers(deps: HandlerDeps): Pick<ContractHandlers, BrowserChannels> {
  const { manager, clipboard } = deps;
  const pending = new Map<string, PendingSignIn>();

  return {
    'ctm:start-browser-sign-in': async ({ id }) => {
      const profile = manager.resolveProfile(id);
      let announce: (page: { url: string; opened: boolean }) => void = () => undefined;
      const listening = new Promise<{ url: string; opened: boolean }>((resolve) => {
        announce = resolve;
      });
      let refused: AuthError | undefined;
      const entry: PendingSignIn = { outcome: Promise.resolve(), settled: false };
      entry.outcome = manager
        .signInWithBrowser(profile.id, {
          openUrl: async (url) => {
            if (!isSignInPageUrl(url, profile.domain)) {
              refused = new AuthError(
                'invalid-input',
                `The sign-in page is not on the profile's managed-login domain (${profile.domain ?? 'none'}): check the domain in the profile.`,
              );
              throw refused;
            }
            entry.url = url;
            // A browser that did not open is no failure: the window offers the link to copy.
            const opened = await deps.openSignInPage(url).then(
              () => true,
              () => false,
            );
            announce({ url, opened });
          },
        })
        .then(
          () => undefined,
          (error: unknown) => {
            throw refused ?? error;
          },
        )
        .finally(() => {
          entry.settled = true;
        });
      // The window may never ask how it ended (it was closed): that is not an unhandled error.
      entry.outcome.catch(() => undefined);
      pending.set(profile.id, entry);
      try {
        // Ends early when the sign-in fails before the page opens (the port is taken).
        return await Promise.race([listening, entry.outcome.then(() => listening)]);
      } catch (error) {
        if (pending.get(profile.id) === entry) pending.delete(profile.id);
        throw error;
      }
    },
    'ctm:wait-browser-sign-in': async ({ id }) => {
      const profileId = manager.resolveProfile(id).id;
      const entry = pending.get(profileId);
      if (!entry) throw nothingWaiting();
      try {
        await entry.outcome;
        return {};
      } finally {
        if (pending.get(profileId) === entry) pending.delete(profileId);
      }
    },
    'ctm:copy-sign-in-link': async ({ id }) => {
      const entry = pending.get(manager.resolveProfile(id).id);
      if (!entry?.url || entry.settled) throw nothingWaiting();
      // The address is no secret, but its one-time state need not sit in clipboard history;
      // null: it is never cleared, since the user pastes it into a browser at their own pace.
      await clipboard.copySecret(entry.url, null);
      return {};
    },
  };
}

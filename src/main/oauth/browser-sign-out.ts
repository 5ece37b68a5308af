// Ending the managed login's own session (its cookie in the browser), which revoking the refresh
// token leaves alone: the next browser sign-in would otherwise go through without a password.
// Cognito's /logout ends it, then sends the browser to logout_uri, which must be one of the app
// client's sign-out URLs; the profile's redirect URI serves, and a one-use listener there shows
// a page saying it is done, so the browser does not land on a closed port.
import type { OAuthClientConfig } from './client-config';
import { listenForCallback } from './loopback-listener';
import { logoutUrl } from './managed-login-urls';

/** How long the browser gets to come back from the sign-out page by default: two minutes. */
export const DEFAULT_SIGN_OUT_WAIT_MS = 2 * 60_000;

/** What ending the browser session did. */
export type BrowserSignOutOutcome = 'signed-out' | 'no-answer';

/** Options of a browser sign-out. */
export interface BrowserSignOutOptions {
  /** Opens (or shows) Cognito's sign-out page. */
  openUrl(url: string): void | Promise<void>;
  signal?: AbortSignal;
  waitMs?: number;
}

const SIGNED_OUT =
  'You are signed out of the managed login in this browser. You can close this tab.';

/**
 * Opens Cognito's sign-out page and waits for it to send the browser back to the redirect URI.
 * 'no-answer' when it did not come back in time (the URI is not a sign-out URL of the client, or
 * the tab was closed); a taken port throws before anything opens.
 */
export async function browserSignOut(
  config: OAuthClientConfig,
  options: BrowserSignOutOptions,
): Promise<BrowserSignOutOutcome> {
  const listener = await listenForCallback(config.redirectUri);
  let timer: NodeJS.Timeout | undefined;
  const stopped = new Promise<BrowserSignOutOutcome>((resolve) => {
    timer = setTimeout(() => {
      resolve('no-answer');
    }, options.waitMs ?? DEFAULT_SIGN_OUT_WAIT_MS);
    options.signal?.addEventListener(
      'abort',
      () => {
        resolve('no-answer');
      },
      { once: true },
    );
  });
  try {
    await options.openUrl(logoutUrl(config, { logoutUri: config.redirectUri }));
    const outcome = await Promise.race([
      listener.callback.then(() => 'signed-out' as const),
      stopped,
    ]);
    if (outcome === 'signed-out') {
      listener.finish({ ok: true, title: 'Signed out', sentence: SIGNED_OUT });
    } else listener.close();
    return outcome;
  } catch (error) {
    listener.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

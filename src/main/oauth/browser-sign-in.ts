// Sign-in through Cognito's managed login: authorization code with PKCE (RFC 6749 §4.1, RFC 7636)
// and an OpenID nonce, the code handed back over a loopback redirect (RFC 8252 §7.3). The
// listener is up before the browser is sent anywhere, takes exactly one callback, and shows the
// outcome on its page once the code has been exchanged and the ID token checked.
import * as oauth from 'oauth4webapi';
import type { TokenSet } from '../../shared/auth';
import { AuthError } from '../../shared/errors';
import { type OAuthClientConfig, oauthEndpoints } from './client-config';
import { SIGNED_IN_SENTENCE } from './callback-page';
import { checkIdTokenSignature } from './id-token-signature';
import { type LoopbackListener, listenForCallback } from './loopback-listener';
import { authorizeUrl } from './managed-login-urls';
import { type OAuthErrorContext, describeOAuthError } from './oauth-errors';
import { tokenSetFromResponse } from './token-set';

/** How long a sign-in waits for the browser by default: five minutes. */
export const DEFAULT_WAIT_MS = 5 * 60_000;

/** A sign-in waiting for the browser: open `url`, await `done`, or `cancel()`. */
export interface BrowserSignIn {
  /** The authorize URL to open (or to show, for copying). */
  url: string;
  /** The tokens, or an AuthError with one sentence ('cancelled' after cancel()). */
  done: Promise<TokenSet>;
  /** Stops waiting and frees the port; `done` rejects with AuthError('cancelled'). */
  cancel(): void;
}

/** Options of a browser sign-in. */
export interface BrowserSignInOptions {
  /** Aborting it cancels the sign-in. */
  signal?: AbortSignal;
  /** How long to wait for the browser to come back (default five minutes). */
  waitMs?: number;
}

const cancelled = () => new AuthError('cancelled', 'The sign-in was cancelled.');

function timedOut(config: OAuthClientConfig, waitMs: number): AuthError {
  const wait =
    waitMs >= 60_000
      ? `${Math.round(waitMs / 60_000)} min`
      : waitMs >= 1000
        ? `${Math.round(waitMs / 1000)} s`
        : `${waitMs} ms`;
  return new AuthError(
    'session-expired',
    `The browser did not come back within ${wait}: start the sign-in again, and if the browser showed an error such as redirect_mismatch, add ${config.redirectUri} to the app client's callback URLs.`,
  );
}

/** Resolves with the callback, or rejects on abort or when the wait is over. */
function waitForCallback(
  listener: LoopbackListener,
  signal: AbortSignal,
  waitMs: number,
  config: OAuthClientConfig,
): Promise<URL> {
  return new Promise<URL>((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const timer = setTimeout(() => {
      settle();
      reject(timedOut(config, waitMs));
    }, waitMs);
    const onAbort = () => {
      settle();
      reject(cancelled());
    };
    // The signal may have fired while the listener was starting: its event is gone by now.
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    void listener.callback.then((url) => {
      settle();
      resolve(url);
    });
  });
}

/** Starts a browser sign-in: the listener is up when this resolves; nothing is opened. */
export async function startBrowserSignIn(
  config: OAuthClientConfig,
  options: BrowserSignInOptions = {},
): Promise<BrowserSignIn> {
  const endpoints = oauthEndpoints(config);
  if (options.signal?.aborted) throw cancelled();
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const codeChallenge = await oauth.calculatePKCECodeChallenge(verifier);
  // Only a callback carrying this sign-in's state ends the wait; a forged one gets a 404.
  const listener = await listenForCallback(config.redirectUri, { state });
  const controller = new AbortController();
  const signal = options.signal
    ? AbortSignal.any([options.signal, controller.signal])
    : controller.signal;
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  const ctx: OAuthErrorContext = {
    operation: 'authorize',
    host: endpoints.host,
    timeoutMs: endpoints.timeoutMs,
    scopes: config.scopes,
    hasSecret: Boolean(config.clientSecret),
    redirectUri: config.redirectUri,
    secrets: [config.clientSecret, verifier, state, nonce],
  };

  const exchange = async (callback: URL): Promise<TokenSet> => {
    const { as, client, clientAuth } = endpoints;
    // Whatever code came back is a secret, even one with the wrong state.
    ctx.secrets = [...ctx.secrets, callback.searchParams.get('code') ?? undefined];
    const params = oauth.validateAuthResponse(as, client, callback.searchParams, state);
    ctx.operation = 'code-exchange';
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      clientAuth,
      params,
      config.redirectUri,
      verifier,
      endpoints.requestOptions(signal),
    );
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: nonce,
      requireIdToken: true,
    });
    await checkIdTokenSignature(endpoints, response, signal);
    return tokenSetFromResponse(result, 'user');
  };

  const done = (async () => {
    let callback: URL;
    try {
      callback = await waitForCallback(listener, signal, waitMs, config);
    } catch (error) {
      listener.close('This sign-in was stopped in the app.');
      throw error;
    }
    try {
      const tokens = await exchange(callback);
      listener.finish({ ok: true, sentence: SIGNED_IN_SENTENCE });
      return tokens;
    } catch (error) {
      const failure = signal.aborted ? cancelled() : describeOAuthError(error, ctx);
      listener.finish({ ok: false, sentence: failure.message });
      throw failure;
    }
  })();
  // Marks the rejection as seen: a caller that cancels need not await `done`.
  done.catch(() => undefined);
  return {
    url: authorizeUrl(config, { state, nonce, codeChallenge }),
    done,
    cancel: () => {
      controller.abort();
    },
  };
}

/**
 * Signs in through the managed login: listens on the redirect URI, calls `openUrl` with the
 * authorize URL (the CLI's --no-browser prints it instead), and resolves with the tokens.
 */
export async function browserSignIn(
  config: OAuthClientConfig,
  options: BrowserSignInOptions & { openUrl(url: string): Promise<void> | void },
): Promise<TokenSet> {
  const signIn = await startBrowserSignIn(config, options);
  try {
    await options.openUrl(signIn.url);
  } catch (error) {
    signIn.cancel();
    throw new AuthError(
      'unknown',
      'The browser could not be opened: open the sign-in link in a browser yourself.',
      { cause: error },
    );
  }
  return signIn.done;
}

// No client secret, authorization code, PKCE verifier or token may appear in an AuthError the
// OAuth library throws: not in its message, not in what the log would write of it and its causes
// (oauth4webapi's own errors carry the callback's parameters and the token response), and not
// on the callback page. The servers below echo every secret back in their error descriptions.
import { inspect } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeError } from '../../src/main/log/file-log';
import {
  clientCredentials,
  refreshWithRefreshToken,
  revokeRefreshToken,
  startBrowserSignIn,
} from '../../src/main/oauth';
import { type Capture, type TrackedSecret, findLeaks } from '../support/leak-scan';
import { type OAuthMock, followAuthorize, freePort, startOAuthMock } from '../support/oauth-server';

const SECRET = 'leak-test-client-secret-5f0c2b7e9a';
const REFRESH = 'leak-test-refresh-token-d81c0a4f7b3e2a19';

let mock: OAuthMock;
const secrets: TrackedSecret[] = [
  { label: 'client secret', value: SECRET },
  { label: 'refresh token', value: REFRESH },
];
const captures: Capture[] = [];

beforeAll(async () => {
  mock = await startOAuthMock();
  // Track whatever reaches the token endpoint: the code, the verifier, every token it issues.
  mock.onTokenAnswer((response, req) => {
    for (const [label, value] of [
      ['authorization code', req.body.code],
      ['PKCE verifier', req.body.code_verifier],
    ] as const) {
      if (typeof value === 'string') secrets.push({ label, value });
    }
    if (typeof response.body === 'object') {
      for (const key of ['access_token', 'id_token', 'refresh_token']) {
        const value = response.body[key];
        if (typeof value === 'string') secrets.push({ label: key, value });
      }
    }
  }, 'every');
});
afterAll(async () => {
  await mock.close();
});

/** Keeps everything a user or the log could see of a failure. */
async function capture(name: string, promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => new Error(`${name} did not fail`),
    (e: unknown) => e,
  );
  captures.push(
    { where: `${name}: message`, text: String(error) },
    { where: `${name}: log`, text: describeError(error) },
    { where: `${name}: inspect`, text: inspect(error, { depth: 10, showHidden: true }) },
  );
}

/** The next token answer is this error, its description echoing the request's secrets. */
function echoingError(error: string) {
  mock.onTokenAnswer((response, req) => {
    response.statusCode = 400;
    response.body = {
      error,
      error_description: `got ${JSON.stringify(req.body)} with ${req.headers.authorization ?? ''}`,
    };
  });
}

it('keeps every secret out of errors, their causes and the callback page', async () => {
  const browser = mock.config({
    clientSecret: SECRET,
    redirectUri: `http://127.0.0.1:${await freePort()}/callback`,
  });

  // A code exchange refused with a description that echoes the code and the verifier.
  echoingError('invalid_request');
  let signIn = await startBrowserSignIn(browser);
  let visit = await followAuthorize(signIn.url);
  captures.push({ where: 'callback page (refused exchange)', text: visit.page });
  await capture('refused exchange', signIn.done);

  // An exchange that succeeds on the wire, then fails the nonce check with the tokens in hand.
  const stop = mock.onTokenSigning((token) => {
    if ('nonce' in token.payload) token.payload.nonce = 'forged';
  });
  signIn = await startBrowserSignIn(browser);
  visit = await followAuthorize(signIn.url);
  stop();
  captures.push({ where: 'callback page (nonce)', text: visit.page });
  await capture('nonce mismatch', signIn.done);

  // A callback with a real-looking code and someone else's state.
  signIn = await startBrowserSignIn(browser);
  const forgedCode = 'forged-code-3c9e1f0a-7b2d-4e8f-9a6c-1d2e3f4a5b6c';
  secrets.push({ label: 'forged code', value: forgedCode });
  const page = await fetch(`${browser.redirectUri}?code=${forgedCode}&state=other`);
  captures.push({ where: 'callback page (state)', text: await page.text() });
  // The forged callback got a 404 and the sign-in still waits: stop it.
  signIn.cancel();
  await capture('cancelled after a forged callback', signIn.done);

  const m2m = mock.config({ clientSecret: SECRET, scopes: ['orders/read'] });
  for (const error of ['invalid_request', 'invalid_client', 'invalid_scope', 'server_error']) {
    echoingError(error);
    await capture(`client credentials ${error}`, clientCredentials(m2m));
  }
  echoingError('invalid_grant');
  await capture('refresh invalid_grant', refreshWithRefreshToken(m2m, REFRESH));
  echoingError('invalid_request');
  await capture('refresh invalid_request', refreshWithRefreshToken(m2m, REFRESH));
  mock.onRevoke((response) => {
    response.statusCode = 503;
  });
  await capture('revoke', revokeRefreshToken(m2m, REFRESH));

  expect(secrets.filter((s) => s.label === 'PKCE verifier').length).toBeGreaterThan(1);
  expect(secrets.some((s) => s.label === 'id_token')).toBe(true);
  expect(captures.some((c) => c.text.includes('malformed (invalid_request)'))).toBe(true);
  expect(findLeaks(captures, secrets)).toEqual([]);
});

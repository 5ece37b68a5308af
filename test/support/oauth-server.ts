// oauth2-mock-server on 127.0.0.1 with Cognito's paths, an issuer shaped like a pool's, Cognito's
// claims on its tokens, a log of token and revoke requests, and a tiny "browser" that follows the
// authorize redirect back to the loopback listener.
// What oauth2-mock-server does NOT check, so no test here shows it: the client secret (the
// `requireSecret` hook below adds Cognito's invalid_client answer), registered redirect URIs,
// allowed scopes, the client_id of a refresh token, and revocation (it answers 200 to anything).
// It does check PKCE (a wrong verifier is refused) and echoes the nonce into the ID token.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { IncomingMessage } from 'node:http';
import {
  Events,
  type MutableRedirectUri,
  type MutableResponse,
  type MutableToken,
  OAuth2Server,
  type StatusCodeMutableResponse,
  type TokenRequestIncomingMessage,
} from 'oauth2-mock-server';
import type { AuthError } from '../../src/shared/errors';
import type { OAuthClientConfig } from '../../src/main/oauth';

/** The internal username the mock's ID tokens carry as cognito:username. */
export const MOCK_USERNAME = 'mock-user-7f3a';

/** A hook on the token endpoint's answer. */
export type TokenAnswerHook = (response: MutableResponse, req: TokenRequestIncomingMessage) => void;

/** One token or revoke request as the server received it. */
export interface MockRequest {
  endpoint: 'token' | 'revoke';
  grantType?: string;
  scope?: string;
  /** The Authorization header's scheme and user (Basic client id), never the secret. */
  basicClientId?: string;
  hasCodeVerifier: boolean;
}

/** A running mock OAuth server. */
export interface OAuthMock {
  server: OAuth2Server;
  domain: string;
  issuer: string;
  jwksUri: string;
  requests: MockRequest[];
  /** A client config for this server (a public client unless overridden). */
  config(overrides?: Partial<OAuthClientConfig>): OAuthClientConfig;
  /** Runs `fn` on the next token answer (or on every one with `every`), e.g. to make it an error. */
  onTokenAnswer(fn: TokenAnswerHook, every?: 'every'): void;
  /** Runs `fn` on every token before it is signed until the returned function is called. */
  onTokenSigning(fn: (token: MutableToken, req: TokenRequestIncomingMessage) => void): () => void;
  /** Runs `fn` on the next revocation answer. */
  onRevoke(fn: (response: StatusCodeMutableResponse) => void): void;
  /** Runs `fn` on the next authorize redirect (to send error= instead of a code, say). */
  onAuthorizeRedirect(fn: (redirect: MutableRedirectUri) => void): void;
  /** From now on, answer this client's token requests with {"error":"invalid_client"} (HTTP 400) unless Basic auth carries this secret. */
  requireSecret(clientId: string, secret: string): void;
  close(): Promise<void>;
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic (.+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const text = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return {
    // RFC 6749 §2.3.1: each half is form-encoded first (oauth4webapi encodes '-').
    id: decodeURIComponent(text.slice(0, colon).replace(/\+/g, ' ')),
    secret: decodeURIComponent(text.slice(colon + 1).replace(/\+/g, ' ')),
  };
}

/** A port that was free a moment ago, for a redirect URI (Cognito needs a fixed one). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => {
    probe.close(() => {
      resolve();
    });
  });
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

/** Starts the mock on a free port; its issuer is http://127.0.0.1:<port>/<poolId>. */
export async function startOAuthMock(poolId = 'eu-west-1_Mock1'): Promise<OAuthMock> {
  const server = new OAuth2Server(undefined, undefined, {
    endpoints: {
      wellKnownDocument: `/${poolId}/.well-known/openid-configuration`,
      jwks: `/${poolId}/.well-known/jwks.json`,
      authorize: '/oauth2/authorize',
      token: '/oauth2/token',
      revoke: '/oauth2/revoke',
      userinfo: '/oauth2/userInfo',
      endSession: '/logout',
    },
  });
  await server.issuer.keys.generate('RS256');
  await server.start(0, '127.0.0.1');
  const domain = `http://127.0.0.1:${server.address().port}`;
  const issuer = `${domain}/${poolId}`;
  server.issuer.url = issuer;
  const requests: MockRequest[] = [];

  // Cognito's claims: token_use everywhere, client_id/username on access tokens,
  // cognito:username on ID tokens; M2M access tokens name the client as sub.
  server.service.on(
    Events.BeforeTokenSigning,
    (token: MutableToken, req: TokenRequestIncomingMessage) => {
      const clientId = basicCredentials(req.headers.authorization)?.id ?? req.body.client_id;
      // Cognito's tokens carry a jti, so two issued in the same second still differ.
      token.payload.jti = randomUUID();
      const isAccess = 'scope' in token.payload || req.body.grant_type === 'client_credentials';
      if (isAccess) {
        Object.assign(token.payload, { token_use: 'access', client_id: clientId });
        if (req.body.grant_type === 'client_credentials') token.payload.sub = clientId;
        else token.payload.username = MOCK_USERNAME;
      } else {
        Object.assign(token.payload, { token_use: 'id', 'cognito:username': MOCK_USERNAME });
      }
    },
  );
  const record = (
    endpoint: MockRequest['endpoint'],
    req: IncomingMessage,
    body: Partial<TokenRequestIncomingMessage['body']> = {},
  ) => {
    const basic = basicCredentials(req.headers.authorization);
    requests.push({
      endpoint,
      ...(body.grant_type !== undefined ? { grantType: body.grant_type } : {}),
      ...(body.scope !== undefined ? { scope: body.scope } : {}),
      ...(basic ? { basicClientId: basic.id } : {}),
      hasCodeVerifier: typeof body.code_verifier === 'string',
    });
  };
  server.service.on(
    Events.BeforeResponse,
    (_: MutableResponse, req: TokenRequestIncomingMessage) => {
      record('token', req, req.body);
    },
  );
  server.service.on(Events.BeforeRevoke, (_: StatusCodeMutableResponse, req: IncomingMessage) => {
    record('revoke', req);
  });

  return {
    server,
    domain,
    issuer,
    jwksUri: `${issuer}/.well-known/jwks.json`,
    requests,
    config: (overrides = {}) => ({
      domain,
      clientId: 'mock-client-1',
      scopes: ['openid', 'email'],
      redirectUri: 'http://127.0.0.1:1/callback',
      issuer,
      jwksUri: `${issuer}/.well-known/jwks.json`,
      timeoutMs: 5_000,
      ...overrides,
    }),
    onTokenAnswer: (fn, every) => {
      if (every) server.service.on(Events.BeforeResponse, fn);
      else server.service.once(Events.BeforeResponse, fn);
    },
    onTokenSigning: (fn) => {
      server.service.on(Events.BeforeTokenSigning, fn);
      return () => {
        server.service.off(Events.BeforeTokenSigning, fn);
      };
    },
    onRevoke: (fn) => {
      server.service.once(Events.BeforeRevoke, fn);
    },
    onAuthorizeRedirect: (fn) => {
      server.service.once(Events.BeforeAuthorizeRedirect, fn);
    },
    requireSecret: (clientId, secret) => {
      server.service.on(
        Events.BeforeResponse,
        (response: MutableResponse, req: TokenRequestIncomingMessage) => {
          const basic = basicCredentials(req.headers.authorization);
          const id = basic?.id ?? req.body.client_id;
          if (id === clientId && basic?.secret !== secret) {
            response.statusCode = 400;
            response.body = { error: 'invalid_client' };
          }
        },
      );
    },
    close: () => server.stop(),
  };
}

/** The AuthError (or whatever else) a promise rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<AuthError> {
  const outcome = await promise.then(
    () => ({ resolved: true as const }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved) throw new Error('expected a rejection, but it resolved');
  return outcome.error as AuthError;
}

/** What the "browser" saw at the loopback redirect. */
export interface BrowserVisit {
  /** Where the authorize endpoint sent it. */
  redirectedTo: string;
  status: number;
  headers: Headers;
  page: string;
}

/** Follows the authorize URL like a browser: GET it, follow the 302 to the loopback redirect. */
export async function followAuthorize(authorizeUrl: string): Promise<BrowserVisit> {
  const first = await fetch(authorizeUrl, { redirect: 'manual' });
  const location = first.headers.get('location');
  if (first.status !== 302 || !location) {
    throw new Error(`authorize answered ${first.status} without a redirect`);
  }
  const landed = await fetch(location, { redirect: 'manual' });
  return {
    redirectedTo: location,
    status: landed.status,
    headers: landed.headers,
    page: await landed.text(),
  };
}

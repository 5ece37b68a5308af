// The RFC 8252 §7.3 loopback redirect: a one-shot HTTP listener on the redirect URI's port that
// takes the first request to its path on its own Host (and, for a sign-in, with its state), lets
// the caller decide the page, then closes. Anything else gets a 404 and changes nothing: a forged
// GET from another program or page neither ends a sign-in nor passes for a sign-out. `localhost`
// is bound on both 127.0.0.1 and [::1], so no other program can take the other address.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { AuthError } from '../../shared/errors';
import { isLoopbackHost } from '../../shared/sign-in-kinds';
import { CALLBACK_HEADERS, callbackPage } from './callback-page';

/** A listener waiting for the one redirect. */
export interface LoopbackListener {
  /** The callback's full URL (query included) when it arrives. */
  readonly callback: Promise<URL>;
  /** Answers the callback with a page, then closes the listener. */
  finish(outcome: { ok: boolean; sentence: string; title?: string }): void;
  /** Closes the listener (answering a pending callback with the sentence, if any). */
  close(sentence?: string): void;
}

/** What the listener accepts besides its path and Host. */
export interface CallbackFilter {
  /** The sign-in's state: a callback without it is not the browser coming back. */
  state?: string;
}

/** The hosts to bind, port and path for a redirect URI, or an invalid-input AuthError. */
export function loopbackAddress(redirectUri: string): {
  hosts: string[];
  port: number;
  path: string;
  /** The Host header the browser sends back (the redirect URI's host and port). */
  hostHeader: string;
} {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    throw new AuthError('invalid-input', 'The redirect URI is not a URL: check the profile.');
  }
  if (url.protocol !== 'http:' || !isLoopbackHost(url.hostname)) {
    throw new AuthError(
      'invalid-input',
      'The redirect URI must be http://localhost:PORT/path (or 127.0.0.1 / [::1]), so the browser can hand the sign-in back to this computer: check the profile.',
    );
  }
  // localhost may resolve to either address in the browser: both are ours, or nothing starts.
  const hosts =
    url.hostname === 'localhost'
      ? ['127.0.0.1', '::1']
      : [url.hostname === '[::1]' ? '::1' : url.hostname];
  const port = url.port === '' ? 80 : Number(url.port);
  return { hosts, port, path: url.pathname, hostHeader: url.host.toLowerCase() };
}

function portTaken(port: number): AuthError {
  return new AuthError(
    'invalid-input',
    `Port ${port} of the redirect URI is already in use on this computer: close the program using it (or another sign-in still waiting), or use another port in the redirect URI and the app client's callback URLs.`,
  );
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { ...CALLBACK_HEADERS, Connection: 'close' });
  res.end(body);
}

function cannotListen(port: number, error: NodeJS.ErrnoException): AuthError {
  return error.code === 'EADDRINUSE' || error.code === 'EACCES'
    ? portTaken(port)
    : new AuthError(
        'invalid-input',
        `Cannot listen on port ${port} of the redirect URI: use another port.`,
        {
          cause: error,
        },
      );
}

/** Binds one server; an address this computer lacks (no IPv6) resolves false, not an error. */
function bind(server: Server, port: number, host: string, optional: boolean): Promise<boolean> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (optional && (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT')) {
        resolve(false);
      } else reject(cannotListen(port, error));
    });
    server.listen(port, host, () => {
      resolve(true);
    });
  });
}

/** Starts listening; rejects with an AuthError when the port cannot be bound on every address. */
export async function listenForCallback(
  redirectUri: string,
  filter: CallbackFilter = {},
): Promise<LoopbackListener> {
  const { hosts, port, path, hostHeader } = loopbackAddress(redirectUri);
  let pending: ServerResponse | undefined;
  let taken = false;
  let arrived: (url: URL) => void = () => undefined;
  const callback = new Promise<URL>((resolve) => (arrived = resolve));
  const expected = (req: IncomingMessage, url: URL): boolean =>
    req.method === 'GET' &&
    url.pathname === path &&
    (req.headers.host ?? '').toLowerCase() === hostHeader &&
    (filter.state === undefined || url.searchParams.get('state') === filter.state);
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${hostHeader}`);
    if (taken || !expected(req, url)) {
      send(res, 404, callbackPage({ ok: false, sentence: 'Nothing here.' }));
      return;
    }
    taken = true;
    pending = res;
    arrived(url);
  };
  const servers: Server[] = [];
  try {
    for (const [i, host] of hosts.entries()) {
      const server = createServer(handle);
      servers.push(server);
      // The second address of localhost (::1) may not exist here; then nobody can take it either.
      if (!(await bind(server, port, host, i > 0))) servers.pop();
    }
  } catch (error) {
    for (const server of servers) server.close();
    throw error;
  }
  const close = (sentence?: string) => {
    if (pending && sentence !== undefined)
      send(pending, 400, callbackPage({ ok: false, sentence }));
    pending = undefined;
    for (const server of servers) {
      server.close();
      server.closeIdleConnections();
    }
  };
  return {
    callback,
    finish: (outcome) => {
      const res = pending;
      pending = undefined;
      if (res) {
        // Drop whatever the browser keeps open once the page is out, so the port is free again.
        res.once('finish', () => {
          for (const server of servers) server.closeAllConnections();
        });
        send(res, outcome.ok ? 200 : 400, callbackPage(outcome));
      }
      close();
    },
    close,
  };
}

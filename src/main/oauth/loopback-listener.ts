// The RFC 8252 §7.3 loopback redirect: a one-shot HTTP listener on the redirect URI's port that
// takes the first request to its path, lets the caller decide the page, then closes. Other paths
// get a 404 and change nothing.
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { AuthError } from '../cognito/auth-error';
import { isLoopbackHost } from './client-config';
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

/** The host and port to bind for a redirect URI, or an invalid-input AuthError. */
export function loopbackAddress(redirectUri: string): { host: string; port: number; path: string } {
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
  // localhost is bound on 127.0.0.1: browsers fall back to it when ::1 refuses.
  const host = url.hostname === '[::1]' ? '::1' : '127.0.0.1';
  return { host, port: url.port === '' ? 80 : Number(url.port), path: url.pathname };
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

/** Starts listening; rejects with an AuthError when the port cannot be bound. */
export async function listenForCallback(redirectUri: string): Promise<LoopbackListener> {
  const { host, port, path } = loopbackAddress(redirectUri);
  let pending: ServerResponse | undefined;
  let taken = false;
  let arrived: (url: URL) => void = () => undefined;
  const callback = new Promise<URL>((resolve) => (arrived = resolve));
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${host === '::1' ? '[::1]' : host}:${port}`);
    if (taken || req.method !== 'GET' || url.pathname !== path) {
      send(res, 404, callbackPage({ ok: false, sentence: 'Nothing here.' }));
      return;
    }
    taken = true;
    pending = res;
    arrived(url);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? portTaken(port)
          : new AuthError(
              'invalid-input',
              `Cannot listen on port ${port} of the redirect URI: use another port.`,
              { cause: error },
            ),
      );
    });
    server.listen(port, host, resolve);
  });
  const close = (sentence?: string) => {
    if (pending && sentence !== undefined)
      send(pending, 400, callbackPage({ ok: false, sentence }));
    pending = undefined;
    server.close();
    server.closeIdleConnections();
  };
  return {
    callback,
    finish: (outcome) => {
      const res = pending;
      pending = undefined;
      if (res) {
        // Drop whatever the browser keeps open once the page is out, so the port is free again.
        res.once('finish', () => {
          server.closeAllConnections();
        });
        send(res, outcome.ok ? 200 : 400, callbackPage(outcome));
      }
      close();
    },
    close,
  };
}

// The preview host (dev and test only): serves the built renderer to a browser and answers
// its bridge calls with the same dispatcher and handlers main uses. Loopback only, random port.
// The run's token is carried as a header by the page's own script, never as a cookie: a
// browser sends 127.0.0.1's cookies to every port, so any other local server the browser visits
// would get it. The page, its assets and the bridge script hold nothing secret and load without
// it; every call, the event stream and the /test/* routes need it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { events, type EventName, type EventPayloadOf, type IpcResult } from '../shared/contract';
import { PREVIEW_CSP } from '../shared/csp';
import {
  dispatch,
  failure,
  type ContractHandlers,
  type DispatchLog,
} from '../main/handlers/dispatch';
import { BRIDGE_PATH, EVENTS_PATH, bridgeScript } from './bridge-script';
import { previewHtml } from './html';
import { readStaticFile } from './static-files';

/** What the host serves and how it answers. */
export interface PreviewHostOptions {
  /** The built renderer folder (out/renderer). */
  rendererDir: string;
  handlers: ContractHandlers;
  /** Served at /favicon.ico when given; otherwise that path answers 204. */
  faviconPath?: string;
  log?: DispatchLog;
  /** What GET /test/clipboard answers (the host's in-memory clipboard); absent: 404. */
  testClipboard?: () => string | null;
  /** What GET /test/opened-pages answers (the sign-in pages it "opened"); absent: 404. */
  testOpenedPages?: () => readonly string[];
}

/** A running preview host. */
export interface PreviewHost {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** The page's address, carrying this run's token: nothing but static files answers without it. */
  readonly url: string;
  /** This run's random token (header x-preview-token; the page keeps it in sessionStorage). */
  readonly token: string;
  /** Pushes a contract event to every open page; returns how many streams got it. */
  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): number;
  /** How many pages hold an open event stream (they open it on their first subscription). */
  eventStreamCount(): number;
  close(): Promise<void>;
}

// An import carries up to 1 MB of file text, which JSON may escape to twice that.
const MAX_BODY_BYTES = 3 * 1024 * 1024;
/** The header a test or tool sends the run's token in. */
export const TOKEN_HEADER = 'x-preview-token';

// The HTTP status a failed call gets; domain errors (wrong password…) are normal answers.
const STATUS_BY_CODE: Partial<Record<string, number>> = {
  'invalid-request': 400,
  'forbidden-sender': 403,
  'unknown-channel': 404,
  internal: 500,
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': PREVIEW_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function sendResult(res: ServerResponse, result: IpcResult<unknown>, status?: number): void {
  const code = result.ok ? 200 : (status ?? STATUS_BY_CODE[result.error.code] ?? 200);
  send(res, code, 'application/json; charset=utf-8', JSON.stringify(result));
}

/** What loads without the token: the page, its assets and the bridge script (nothing secret). */
function servedWithoutToken(pathname: string): boolean {
  return (
    pathname === '/' ||
    pathname === '/index.html' ||
    pathname === BRIDGE_PATH ||
    pathname === '/favicon.ico' ||
    pathname.startsWith('/assets/')
  );
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Starts a preview host on 127.0.0.1 at a free port. */
export async function startPreviewHost(options: PreviewHostOptions): Promise<PreviewHost> {
  const log = options.log ?? console;
  const streams = new Set<ServerResponse>();
  const token = randomBytes(24).toString('base64url');
  let origin = '';

  // Only the header: no cookie to leak to other ports, no token in a URL to land in a log.
  function authorized(req: IncomingMessage): boolean {
    const header = req.headers[TOKEN_HEADER];
    return sameSecret(typeof header === 'string' ? header : undefined, token);
  }

  async function handleIpc(req: IncomingMessage, res: ServerResponse, channel: string) {
    // Only our own page may call: a cross-site form or fetch carries another Origin (or a
    // non-JSON type), and a rebinding DNS name fails the Host check before we get here.
    if (
      req.headers.origin !== origin ||
      !req.headers['content-type']?.startsWith('application/json')
    ) {
      log.warn(`preview: refused a call on ${channel} from origin ${String(req.headers.origin)}`);
      sendResult(res, failure('forbidden-sender', 'Only the preview page may call the app.'));
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      sendResult(res, failure('invalid-request', 'The request is too large.'), 413);
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      sendResult(res, failure('invalid-request', 'The request body is not valid JSON.'));
      return;
    }
    sendResult(res, await dispatch(channel, payload, options.handlers, log));
  }

  function openStream(res: ServerResponse) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.host !== new URL(origin).host) {
      send(res, 403, 'text/plain; charset=utf-8', 'Unknown host.');
      return;
    }
    const { pathname } = new URL(req.url ?? '/', origin);
    if (!servedWithoutToken(pathname) && !authorized(req)) {
      log.warn(`preview: refused ${req.method ?? '?'} ${pathname} without this run's token`);
      send(
        res,
        403,
        'text/plain; charset=utf-8',
        "Open the address the preview printed; it carries this run's token.",
      );
      return;
    }
    if (req.method === 'GET' && pathname === '/test/clipboard' && options.testClipboard) {
      const text = options.testClipboard();
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ text }));
      return;
    }
    if (req.method === 'GET' && pathname === '/test/opened-pages' && options.testOpenedPages) {
      const urls = options.testOpenedPages();
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ urls }));
      return;
    }
    if (req.method === 'POST' && pathname.startsWith('/ipc/')) {
      let channel: string;
      try {
        channel = decodeURIComponent(pathname.slice('/ipc/'.length));
      } catch {
        channel = pathname;
      }
      await handleIpc(req, res, channel);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      const html = await readFile(join(options.rendererDir, 'index.html'), 'utf8');
      send(res, 200, 'text/html; charset=utf-8', previewHtml(html));
    } else if (pathname === BRIDGE_PATH) {
      send(res, 200, 'text/javascript; charset=utf-8', bridgeScript(TOKEN_HEADER));
    } else if (pathname === EVENTS_PATH) {
      openStream(res);
    } else if (pathname === '/favicon.ico') {
      const icon = options.faviconPath
        ? await readFile(options.faviconPath).catch(() => null)
        : null;
      if (icon) send(res, 200, 'image/png', icon);
      else send(res, 204, 'image/png', '');
    } else {
      const file = await readStaticFile(options.rendererDir, pathname);
      if (file) send(res, 200, file.contentType, file.body);
      else send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    }
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      // The path only: a query could carry the token (the page's first address does).
      const path = (req.url ?? '?').split('?')[0] ?? '?';
      log.error(`preview: ${req.method ?? '?'} ${path} failed`, error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'The preview host failed.');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: `${origin}/?token=${token}`,
    token,
    emit(event, payload) {
      const data = events[event].parse(payload);
      for (const stream of streams)
        stream.write(`data: ${JSON.stringify({ event, payload: data })}\n\n`);
      return streams.size;
    },
    eventStreamCount: () => streams.size,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const stream of streams) stream.end();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}

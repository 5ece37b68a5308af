// A small HTTP proxy in front of a Cognito peer: records what the client sent, can rewrite
// answers, and can go down for real (its port stops listening) to cause network failures.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that went through the proxy. */
export interface ProxiedRequest {
  /** The operation, from X-Amz-Target: "InitiateAuth", "RespondToAuthChallenge", … */
  operation: string;
  body: Record<string, unknown>;
}

/** A running proxy. */
export interface HttpProxy {
  endpoint: string;
  requests: ProxiedRequest[];
  /** Stops listening (clients get connection refused) or listens again on the same port. */
  setDown(down: boolean): Promise<void>;
  close(): Promise<void>;
}

/** Rewrites a successful answer's body text; used to fill gaps of an emulator. */
export type ResponseRewriter = (operation: string, text: string) => string;

/** The whole body of a request. */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

function parseObject(buffer: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(buffer.toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Starts a proxy on 127.0.0.1 that forwards every request to `target`. */
export async function startHttpProxy(
  target: string,
  rewrite: ResponseRewriter = (_operation, text) => text,
): Promise<HttpProxy> {
  const requests: ProxiedRequest[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const operation =
      String(req.headers['x-amz-target'] ?? '')
        .split('.')
        .pop() ?? '';
    requests.push({ operation, body: parseObject(body) });
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(key)) {
        headers[key] = value;
      }
    }
    const upstream = await fetch(new URL(req.url ?? '/', target), {
      method: req.method ?? 'POST',
      headers,
      body: body.length > 0 ? body : undefined,
    });
    const text = await upstream.text();
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/x-amz-json-1.1',
    });
    res.end(upstream.ok ? rewrite(operation, text) : text);
  };
  const listen = (server: Server, port: number): Promise<void> =>
    new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const stop = (server: Server): Promise<void> =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        resolve();
      });
    });
  const newServer = (): Server =>
    createServer((req, res) => {
      handle(req, res).catch((error: unknown) => {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ __type: 'ProxyError', message: String(error) }));
      });
    });

  let server = newServer();
  await listen(server, 0);
  const { port } = server.address() as AddressInfo;
  let down = false;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    async setDown(next) {
      if (next === down) return;
      down = next;
      if (next) {
        await stop(server);
      } else {
        server = newServer();
        await listen(server, port);
      }
    },
    close: () => (down ? Promise.resolve() : stop(server)),
  };
}

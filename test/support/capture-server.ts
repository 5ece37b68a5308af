// A stand-in for "some other host": an HTTP server on 127.0.0.1 that records every request
// (method, path, headers, body) and answers each with a refusal, so a test can show what a
// profile pointed at it would have sent there.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as it arrived. */
export interface CapturedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A running capture server. */
export interface CaptureServer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly requests: CapturedRequest[];
  /** Every request as one text (request line, headers and body), for leak scans. */
  text(): string;
  close(): Promise<void>;
}

/** Starts a server that records every request and answers it with a 400. */
export async function startCaptureServer(): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '?',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      // Cognito's and OAuth's refusals both: the caller reads one or the other.
      res.writeHead(400, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ __type: 'NotAuthorizedException', error: 'invalid_client' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    text: () =>
      requests
        .map((r) => `${r.method} ${r.path}\n${JSON.stringify(r.headers)}\n${r.body}`)
        .join('\n\n'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** What of a client secret's use a request shows: HTTP Basic client auth or a SECRET_HASH. */
export function secretUses(requests: readonly CapturedRequest[]): string[] {
  const uses: string[] = [];
  for (const r of requests) {
    if (/^basic\s/i.test(r.headers.authorization ?? ''))
      uses.push(`Authorization: Basic on ${r.path}`);
    if (r.body.includes('SECRET_HASH')) uses.push(`SECRET_HASH on ${r.path}`);
    if (/(^|&)client_secret=/.test(r.body)) uses.push(`client_secret on ${r.path}`);
  }
  return uses;
}

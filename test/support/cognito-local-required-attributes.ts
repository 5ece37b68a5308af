// cognito-local always answers NEW_PASSWORD_REQUIRED with requiredAttributes "[]", whatever the
// pool's schema says. This small proxy in front of it fills that parameter in the way real Cognito
// does ("userAttributes.<name>"), so the engine's handling of required attributes can be driven
// end to end; everything else passes through untouched.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running proxy and what the engine sent through it. */
export interface RequiredAttributesProxy {
  /** Give this to the engine instead of cognito-local's endpoint. */
  endpoint: string;
  /** ChallengeResponses of every RespondToAuthChallenge seen, in order. */
  challengeResponses: Record<string, string>[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** Rewrites a NEW_PASSWORD_REQUIRED answer to list the given attributes as required. */
function withRequired(text: string, attributes: string[]): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return text;
  }
  if (!isRecord(body) || body.ChallengeName !== 'NEW_PASSWORD_REQUIRED') return text;
  const params = isRecord(body.ChallengeParameters) ? body.ChallengeParameters : {};
  params.requiredAttributes = JSON.stringify(attributes.map((name) => `userAttributes.${name}`));
  return JSON.stringify({ ...body, ChallengeParameters: params });
}

/** Starts a proxy to a cognito-local endpoint that reports `attributes` as required at first sign-in. */
export async function startRequiredAttributesProxy(
  target: string,
  attributes: string[],
): Promise<RequiredAttributesProxy> {
  const challengeResponses: Record<string, string>[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const amzTarget = String(req.headers['x-amz-target'] ?? '');
    if (amzTarget.endsWith('.RespondToAuthChallenge')) {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      challengeResponses.push(stringRecord(isRecord(parsed) ? parsed.ChallengeResponses : {}));
    }
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
    const rewritten = upstream.ok ? withRequired(text, attributes) : text;
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/x-amz-json-1.1',
    });
    res.end(rewritten);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ __type: 'ProxyError', message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    challengeResponses,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

// A strict double of Cognito Identity (no npm emulator serves GetId and GetCredentialsForIdentity):
// an HTTP server speaking AWS JSON 1.1 (X-Amz-Target: AWSCognitoIdentityService.<Operation>) that
// checks every Logins ID token against the user pool's JWKS and issuer and the identity pool's
// providers, and answers with Cognito Identity's own error types. Every other target goes on to
// the user pool peer behind it, so one endpoint serves both, as LocalStack does.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../http-proxy';
import { IdentityError } from './errors';
import {
  getCredentialsForIdentity,
  getId,
  type IdentityPoolConfig,
  type IdentityState,
  type IssuedCredentials,
} from './operations';

export type { IdentityPoolConfig, IssuedCredentials } from './operations';
export type { UserPoolProvider } from './login-check';

const SERVICE = 'AWSCognitoIdentityService';
const JSON_11 = 'application/x-amz-json-1.1';

/** A running double. */
export interface IdentityDouble {
  endpoint: string;
  /** Every Cognito Identity call, in order: the operation and its parsed body. */
  calls: { operation: string; body: Record<string, unknown> }[];
  issued: IssuedCredentials[];
  addPool(pool: IdentityPoolConfig): void;
  /** The next `count` Cognito Identity calls are refused as throttled. */
  throttleNext(count: number): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, errorType?: string): void {
  res.writeHead(status, {
    'content-type': JSON_11,
    'x-amzn-requestid': crypto.randomUUID(),
    ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
  });
  res.end(JSON.stringify(body));
}

async function forward(upstream: string, req: IncomingMessage, body: Buffer, res: ServerResponse) {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(key))
      headers[key] = value;
  }
  const answer = await fetch(new URL(req.url ?? '/', upstream), {
    method: req.method ?? 'GET',
    headers,
    body: body.length > 0 ? body : undefined,
  });
  res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? JSON_11 });
  res.end(Buffer.from(await answer.arrayBuffer()));
}

/** Starts the double on 127.0.0.1; `upstream` is the user pool peer other calls go to. */
export async function startIdentityDouble(
  options: { upstream?: string; now?: () => number } = {},
): Promise<IdentityDouble> {
  const state: IdentityState = {
    pools: new Map(),
    identities: new Map(),
    issued: [],
    now: options.now ?? Date.now,
  };
  const calls: IdentityDouble['calls'] = [];
  let throttled = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const header = req.headers['x-amz-target'];
    const target = typeof header === 'string' ? header : '';
    if (!target.startsWith(`${SERVICE}.`)) {
      if (options.upstream) await forward(options.upstream, req, body, res);
      else send(res, 404, { message: 'Not found.' });
      return;
    }
    const operation = target.slice(SERVICE.length + 1);
    try {
      if (req.method !== 'POST' || (req.url ?? '/') !== '/')
        throw new IdentityError('UnknownOperationException', 'Cognito Identity takes POST /.');
      if (!(req.headers['content-type'] ?? '').startsWith(JSON_11)) {
        throw new IdentityError('SerializationException', `Expected Content-Type ${JSON_11}.`);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw new IdentityError('SerializationException', 'The request body is not JSON.');
      }
      if (typeof parsed !== 'object' || parsed === null)
        throw new IdentityError('SerializationException', 'The request body is not a JSON object.');
      const input = parsed as Record<string, unknown>;
      calls.push({ operation, body: input });
      if (throttled > 0) {
        throttled -= 1;
        throw new IdentityError('TooManyRequestsException', 'Rate exceeded');
      }
      if (operation === 'GetId') {
        send(res, 200, await getId(state, input));
        return;
      }
      if (operation === 'GetCredentialsForIdentity') {
        send(res, 200, await getCredentialsForIdentity(state, input));
        return;
      }
      throw new IdentityError(
        'UnknownOperationException',
        `The double does not serve ${operation}.`,
      );
    } catch (error) {
      if (!(error instanceof IdentityError)) throw error;
      send(res, error.status, { __type: error.type, message: error.message }, error.type);
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(
        res,
        500,
        { __type: 'InternalErrorException', message: String(error) },
        'InternalErrorException',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    issued: state.issued,
    addPool: (pool) => {
      state.pools.set(pool.identityPoolId, pool);
    },
    throttleNext: (count) => {
      throttled = count;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

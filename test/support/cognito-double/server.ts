// The HTTP face of the double: Cognito's JSON 1.1 protocol, fault switches and the request log.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { DoubleContext, Operation } from './context';
import { CognitoError } from './errors';
import { jwks } from './jwt';
import { serveAuthorize } from './operations-authorize';
import { type OAuthAnswer, answerOAuth } from './operations-oauth';
import { initiateAuth } from './operations-initiate-auth';
import { associateSoftwareToken, verifySoftwareToken } from './operations-mfa';
import { changePassword, confirmForgotPassword, forgotPassword } from './operations-password';
import { confirmDevice, forgetDevice, listDevices, updateDeviceStatus } from './operations-device';
import { getTokensFromRefreshToken } from './operations-refresh';
import { respondToAuthChallenge } from './operations-respond';
import { describeUserPool, getUser, globalSignOut, revokeToken } from './operations-user';
import type { Body } from './params';
import type { DoubleFaults, DoubleRequest } from './types';

const OPERATIONS: Record<string, Operation> = {
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  AssociateSoftwareToken: associateSoftwareToken,
  VerifySoftwareToken: verifySoftwareToken,
  ForgotPassword: forgotPassword,
  ConfirmForgotPassword: confirmForgotPassword,
  ChangePassword: changePassword,
  GetUser: getUser,
  GlobalSignOut: globalSignOut,
  RevokeToken: revokeToken,
  GetTokensFromRefreshToken: getTokensFromRefreshToken,
  DescribeUserPool: describeUserPool,
  ConfirmDevice: confirmDevice,
  UpdateDeviceStatus: updateDeviceStatus,
  ForgetDevice: forgetDevice,
  ListDevices: listDevices,
};

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Expose-Headers': 'x-amzn-RequestId, x-amzn-ErrorType',
};

function send(res: ServerResponse, status: number, payload: unknown, errorType?: string): void {
  if (res.destroyed) return;
  const text = JSON.stringify(payload);
  res.writeHead(status, {
    ...CORS,
    'Content-Type': 'application/x-amz-json-1.1',
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
    // Cognito's form: the type, a colon, then (here empty) the error namespace.
    ...(errorType ? { 'x-amzn-ErrorType': `${errorType}:` } : {}),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string): Body | undefined {
  try {
    const value: unknown = JSON.parse(text || '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Body)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Runs one operation, turning every failure into Cognito's error shape. */
function answer(
  context: DoubleContext,
  faults: DoubleFaults,
  operation: string,
  body: Body | undefined,
) {
  try {
    if (faults.throttleNext > 0) {
      faults.throttleNext -= 1;
      throw new CognitoError('TooManyRequestsException', 'Rate exceeded');
    }
    if (faults.serverErrorNext > 0 || faults.serverErrorFor === operation) {
      if (faults.serverErrorNext > 0) faults.serverErrorNext -= 1;
      throw new CognitoError('InternalErrorException', 'Internal server error.', 500);
    }
    if (!body)
      throw new CognitoError('SerializationException', 'Request body is not a JSON object');
    const handler = OPERATIONS[operation];
    if (!handler)
      throw new CognitoError(
        'UnknownOperationException',
        `The double does not implement '${operation}'`,
      );
    return { status: 200, payload: handler(context, body) };
  } catch (error) {
    const failure =
      error instanceof CognitoError
        ? error
        : new CognitoError('InternalErrorException', `Cognito double bug: ${String(error)}`, 500);
    return {
      status: failure.status,
      payload: { __type: failure.type, message: failure.message },
      type: failure.type,
    };
  }
}

/** An answer of the managed-login domain's OAuth endpoints (plain JSON, not the SDK's protocol). */
function sendOAuth(res: ServerResponse, answer: OAuthAnswer): void {
  if (res.destroyed) return;
  const text = answer.body === '' ? '' : JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'Content-Type': 'application/json;charset=UTF-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** GET: /health, /oauth2/authorize, and each pool's JWKS at /<poolId>/.well-known/jwks.json. */
function serveGet(
  context: DoubleContext,
  requests: DoubleRequest[],
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const url = new URL(req.url ?? '/', 'http://double');
  if (url.pathname === '/oauth2/authorize') {
    serveAuthorize(context, requests, url, res);
    return;
  }
  const pool = /^\/([^/]+)\/\.well-known\/jwks\.json$/.exec(req.url ?? '')?.[1];
  if (req.url === '/health') send(res, 200, { ok: true });
  else if (pool && context.directory.pools.some((p) => p.userPoolId === pool))
    send(res, 200, jwks());
  else send(res, 404, { message: 'Not found' });
}

/** A server bound to one double's state; `stop` also drops delayed requests. */
export function createDoubleServer(
  context: DoubleContext,
  requests: DoubleRequest[],
  faults: DoubleFaults,
): { server: Server; stop: () => Promise<void> } {
  const timers = new Set<NodeJS.Timeout>();
  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    if (req.method === 'GET') {
      serveGet(context, requests, req, res);
      return;
    }
    const text = await readBody(req);
    if (req.url?.startsWith('/oauth2/')) {
      // Logged with the form's fields; the client secret travels in the Authorization header.
      const entry: DoubleRequest = {
        operation: `OAuth ${req.url}`,
        body: Object.fromEntries(new URLSearchParams(text)),
      };
      requests.push(entry);
      if (faults.delayMs > 0) await delay(faults.delayMs);
      let result: OAuthAnswer & { error?: string };
      if (faults.serverErrorNext > 0) {
        faults.serverErrorNext -= 1;
        result = { status: 500, body: { error: 'server_error' }, error: 'server_error' };
      } else {
        result = answerOAuth(context, req.url, req.headers.authorization, text);
      }
      entry.status = result.status;
      if (result.error) entry.errorType = result.error;
      sendOAuth(res, result);
      return;
    }
    const target = req.headers['x-amz-target'];
    const operation = typeof target === 'string' ? target.replace(TARGET_PREFIX, '') : '';
    const body = parseBody(text);
    const entry: DoubleRequest = { operation, body: body ?? {} };
    requests.push(entry);
    // Handled after the delay, like a slow network: a client that gave up may still have changed state.
    if (faults.delayMs > 0) await delay(faults.delayMs);
    const result = answer(context, faults, operation, body);
    entry.status = result.status;
    if (result.type) entry.errorType = result.type;
    send(res, result.status, result.payload, result.type);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(res, 500, {
        __type: 'InternalErrorException',
        message: `Cognito double bug: ${String(error)}`,
      });
    });
  });
  const stop = () =>
    new Promise<void>((resolve, reject) => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.close((error) => {
        if (error) reject(error);
        else resolve();
      });
      server.closeAllConnections();
    });
  return { server, stop };
}

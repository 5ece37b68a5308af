// The SDK client as configured by wire.ts, against a local HTTP server that counts requests:
// retries only for throttling and 5xx, no signing, no AWS credentials or shared config read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCognitoEngine } from '../../src/main/cognito/engine-module';
import { AuthError } from '../../src/shared/errors';

interface Answer {
  status: number;
  body: Record<string, unknown> | string;
  delayMs?: number;
}

const seen: { target: string; headers: IncomingHttpHeaders }[] = [];
let answers: Answer[] = [];
let server: Server;
let endpoint = '';

const OK_FORGOT: Answer = {
  status: 200,
  body: { CodeDeliveryDetails: { Destination: 'a***@e***', DeliveryMedium: 'EMAIL' } },
};
const THROTTLED: Answer = { status: 400, body: { __type: 'TooManyRequestsException' } };
const SERVER_ERROR: Answer = { status: 500, body: { __type: 'InternalErrorException' } };

const savedEnv = { ...process.env };

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      seen.push({ target: String(request.headers['x-amz-target']), headers: request.headers });
      const answer = answers.shift() ?? OK_FORGOT;
      setTimeout(() => {
        response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Poison every place the SDK could take credentials, endpoints or retry settings from.
  const dir = mkdtempSync(join(tmpdir(), 'wire-test-'));
  const poisoned = [
    '[default]',
    'endpoint_url = http://127.0.0.1:1',
    'max_attempts = 9',
    'services = missing-section',
  ].join('\n');
  writeFileSync(join(dir, 'config'), poisoned);
  writeFileSync(join(dir, 'credentials'), '[default]\naws_access_key_id = AKIAFILEBOGUS\n');
  Object.assign(process.env, {
    AWS_PROFILE: 'nonexistent',
    AWS_ACCESS_KEY_ID: 'AKIAENVBOGUS',
    AWS_SECRET_ACCESS_KEY: 'bogus-secret',
    AWS_SESSION_TOKEN: 'bogus-session',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: 'http://127.0.0.1:1',
    AWS_MAX_ATTEMPTS: '9',
    AWS_RETRY_MODE: 'adaptive',
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
  });
});

afterAll(async () => {
  process.env = savedEnv;
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen.length = 0;
  answers = [];
});

function engine(timeoutMs = 2000) {
  return createCognitoEngine(
    { userPoolId: 'us-east-2_Wire1', clientId: 'client1', endpoint, timeoutMs },
    { retryBaseDelayMs: 5 },
  );
}

async function failure(promise: Promise<unknown>): Promise<AuthError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe('wire client', () => {
  it('sends unsigned requests to the given endpoint despite poisoned AWS env and config', async () => {
    await expect(engine().forgotPassword('alice')).resolves.toEqual({
      destination: 'a***@e***',
      medium: 'EMAIL',
    });
    expect(seen).toHaveLength(1);
    const headers = seen[0]?.headers ?? {};
    expect(seen[0]?.target).toBe('AWSCognitoIdentityProviderService.ForgotPassword');
    expect(headers.authorization).toBeUndefined();
    expect(headers['x-amz-security-token']).toBeUndefined();
    expect(JSON.stringify(headers)).not.toContain('BOGUS');
  });

  it('ignores AWS_ENDPOINT_URL when no endpoint is configured', async () => {
    process.env.AWS_ENDPOINT_URL = endpoint;
    process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER = endpoint;
    try {
      const noEndpoint = createCognitoEngine({
        userPoolId: 'us-east-2_Wire1',
        clientId: 'client1',
        timeoutMs: 1500,
      });
      const error = await failure(noEndpoint.forgotPassword('alice'));
      expect(['network', 'timeout']).toContain(error.code);
      expect(error.message).toContain('cognito-idp.us-east-2.amazonaws.com');
      expect(seen).toHaveLength(0);
    } finally {
      process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:1';
      process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER = 'http://127.0.0.1:1';
    }
  });

  it('retries throttling up to 3 attempts, then reports too-many-requests', async () => {
    answers = [THROTTLED, THROTTLED, THROTTLED, THROTTLED];
    const error = await failure(engine().forgotPassword('alice'));
    expect(error.code).toBe('too-many-requests');
    expect(seen).toHaveLength(3);
  });

  it('recovers when throttling stops before the last attempt', async () => {
    answers = [THROTTLED, SERVER_ERROR];
    await expect(engine().forgotPassword('alice')).resolves.toMatchObject({ medium: 'EMAIL' });
    expect(seen).toHaveLength(3);
  });

  it('retries 5xx up to 3 attempts, then reports server', async () => {
    answers = [SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR];
    const error = await failure(engine().forgotPassword('alice'));
    expect(error.code).toBe('server');
    expect(error.message).toContain('HTTP 500');
    expect(seen).toHaveLength(3);
  });

  it.each([
    ['LimitExceededException', 'limit-exceeded'],
    ['NotAuthorizedException', 'unknown'],
    ['UserNotFoundException', 'user-not-found'],
    ['InvalidParameterException', 'unknown'],
  ])('does not retry a client error (%s)', async (type, code) => {
    answers = [{ status: 400, body: { __type: type, message: 'Something else.' } }];
    const error = await failure(engine().forgotPassword('alice'));
    expect(error.code).toBe(code);
    expect(seen).toHaveLength(1);
  });

  it('reports an answer that is not Cognito JSON as unexpected-response', async () => {
    answers = [{ status: 200, body: '<html>captive portal</html>' }];
    const error = await failure(engine().forgotPassword('alice'));
    expect(error.code).toBe('unexpected-response');
    expect(seen).toHaveLength(1);
  });

  it('does not retry a timeout', async () => {
    answers = [{ ...OK_FORGOT, delayMs: 600 }, OK_FORGOT];
    const error = await failure(engine(150).forgotPassword('alice'));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('127.0.0.1');
    expect(seen).toHaveLength(1);
  });

  it('does not retry a refused connection, and names the endpoint host', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const started = Date.now();
    const error = await failure(
      createCognitoEngine({
        userPoolId: 'us-east-2_Wire1',
        clientId: 'client1',
        endpoint: `http://127.0.0.1:${port}`,
      }).forgotPassword('alice'),
    );
    expect(error.code).toBe('network');
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toContain('connection refused');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

// A Cognito-like peer that echoes what it was sent back in its error message (an independent
// emulator was seen doing so with SECRET_HASH): no secret of the call may survive in the error,
// its causes or their stacks, which COGNITO_TOKENS_DEBUG=1 prints.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoEngine } from '../../src/main/cognito/engine-module';
import { describeError } from '../../src/main/log/file-log';

const seen: string[] = [];
let server: Server;
let endpoint = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const parsed = JSON.parse(body) as { AuthParameters?: Record<string, string> };
      const hash = parsed.AuthParameters?.SECRET_HASH ?? '';
      seen.push(hash);
      response.writeHead(400, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': 'InvalidParameterException',
      });
      response.end(
        JSON.stringify({
          __type: 'InvalidParameterException',
          message: `Bad parameters: SECRET_HASH=${hash} PASSWORD=${parsed.AuthParameters?.PASSWORD ?? ''}`,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('secrets echoed by the server', () => {
  it('are masked in the error, its causes and their stacks', async () => {
    const engine = createCognitoEngine(
      {
        userPoolId: 'us-east-1_Echo1',
        clientId: 'echoclient',
        clientSecret: 'echo-secret-1234',
        endpoint,
      },
      { retryBaseDelayMs: 5 },
    );
    const error = await engine
      .signIn({ flow: 'password', username: 'eve', password: 'Echo-Pass-1!' })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).not.toBeNull();
    const hash = seen.at(-1) ?? '';
    expect(hash.length).toBeGreaterThan(10);
    const printed = describeError(error);
    expect(printed).toMatch(/Bad parameters/);
    expect(printed).not.toContain(hash);
    expect(printed).not.toContain('Echo-Pass-1!');
  });
});

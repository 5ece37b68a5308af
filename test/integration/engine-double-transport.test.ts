// Transport failures and retries against the strict Cognito double: throttling and 5xx are
// retried (3 attempts at most), a timeout or a closed port fails at once and names the endpoint.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { SignInInput } from '../../src/main/cognito/engine-module';
import { authError, enginePools, engineFor, knownSecrets } from '../support/engine-double-fixture';
import { useDouble } from '../support/use-double';

const double = useDouble(enginePools());

afterEach(() => {
  Object.assign(double.faults, { throttleNext: 0, serverErrorNext: 0, delayMs: 0 });
});

const srp = (username: string, password: string): SignInInput => ({
  flow: 'srp',
  username,
  password,
});
const pwd = (username: string, password: string): SignInInput => ({
  flow: 'password',
  username,
  password,
});

async function signInError(clientId: string, input: SignInInput) {
  return authError(double, engineFor(double, clientId).signIn(input));
}

describe('transport and retry errors', () => {
  const count = () => double.requests.length;

  it('retries throttling, then gives up after 3 attempts', async () => {
    double.faults.throttleNext = 3;
    const before = count();
    const error = await signInError('engine-public', pwd('bob', 'Bob-Pass12'));
    expect(error.code).toBe('too-many-requests');
    expect(error.message).toContain('after 3 attempts');
    expect(count() - before).toBe(3);
    expect(double.faults.throttleNext).toBe(0);
  });

  it('gets through when throttling stops within 3 attempts', async () => {
    double.faults.throttleNext = 2;
    const conversation = await engineFor(double, 'engine-public').signIn(pwd('bob', 'Bob-Pass12'));
    expect(conversation.step.type).toBe('signed-in');
  });

  it('retries a 5xx, then reports a server error', async () => {
    double.faults.serverErrorNext = 3;
    const before = count();
    const error = await signInError('engine-public', pwd('bob', 'Bob-Pass12'));
    expect([error.code, error.kind]).toEqual(['server', 'network']);
    expect(error.message).toContain('HTTP 500');
    expect(count() - before).toBe(3);
  });

  it('does not retry a wrong password', async () => {
    const before = count();
    await signInError('engine-public', pwd('bob', 'Wrong-Pass1'));
    expect(count() - before).toBe(1);
  });

  it('times out when Cognito is slower than timeoutMs, without retrying', async () => {
    double.faults.delayMs = 600;
    const before = count();
    const engine = engineFor(double, 'engine-public', { timeoutMs: 150 });
    const error = await authError(double, engine.forgotPassword('bob'));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain(new URL(double.endpoint).host);
    expect(count() - before).toBe(1);
  });

  it('names the endpoint when nothing listens there', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const engine = engineFor(double, 'engine-public', { endpoint: `http://127.0.0.1:${port}` });
    const error = await authError(double, engine.signIn(srp('bob', 'Bob-Pass12')));
    expect(error.code).toBe('network');
    expect(error.message).toBe(
      `Cannot reach Cognito at 127.0.0.1:${port} (connection refused): check the endpoint and your network connection.`,
    );
  });

  it('checked every sentence above against the secrets the double saw', () => {
    const secrets = knownSecrets(double);
    // Passwords, SRP_A values and client secrets from the pool and the requests: a real list.
    expect(secrets.length).toBeGreaterThan(15);
    expect(secrets).toContain('Wrong-Pass1');
  });
});

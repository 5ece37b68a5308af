// Every sign-in failure a user can meet, against the strict Cognito double: the code, the sentence,
// and never a password, secret, token or Session in it (authError checks each one).
import { describe, expect, it } from 'vitest';
import type { SignInInput } from '../../src/main/cognito/engine-module';
import { authError, enginePools, engineFor, knownSecrets } from '../support/engine-double-fixture';
import { useDouble } from '../support/use-double';

const double = useDouble(enginePools());

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

async function signInError(clientId: string, input: SignInInput, clientSecret?: string) {
  const engine = engineFor(double, clientId, clientSecret === undefined ? {} : { clientSecret });
  return authError(double, engine.signIn(input));
}

describe('sign-in errors from the Cognito double', () => {
  it.each<[string, string, SignInInput, string | undefined, string, string]>([
    [
      'wrong password (SRP)',
      'engine-public',
      srp('bob', 'Wrong-Pass1'),
      undefined,
      'wrong-credentials',
      'Incorrect username or password.',
    ],
    [
      'wrong password (password flow)',
      'engine-public',
      pwd('bob', 'Wrong-Pass1'),
      undefined,
      'wrong-credentials',
      'Incorrect username or password.',
    ],
    [
      'wrong client secret',
      'engine-secret',
      srp('bob', 'Bob-Pass12'),
      'not-the-secret',
      'secret-hash',
      'check the client secret',
    ],
    [
      'missing client secret',
      'engine-secret',
      srp('bob', 'Bob-Pass12'),
      undefined,
      'client-secret-required',
      'client secret',
    ],
    [
      'unknown user',
      'engine-public',
      srp('nobody', 'Some-Pass1'),
      undefined,
      'user-not-found',
      'check the username',
    ],
    [
      'reset required',
      'engine-public',
      srp('rita', 'Rita-Pass1'),
      undefined,
      'password-reset-required',
      'forgot password',
    ],
    [
      'unconfirmed user',
      'engine-public',
      pwd('uma', 'Uma-Pass12'),
      undefined,
      'user-not-confirmed',
      'confirm',
    ],
    [
      'disabled user',
      'engine-public',
      srp('dina', 'Dina-Pass1'),
      undefined,
      'user-disabled',
      'disabled',
    ],
    [
      'password flow not enabled',
      'engine-srp-only',
      pwd('bob', 'Bob-Pass12'),
      undefined,
      'flow-not-enabled',
      'This app client does not allow USER_PASSWORD_AUTH: enable it on the app client, or sign in with SRP (--flow srp).',
    ],
    [
      'SRP not enabled',
      'engine-password-only',
      srp('bob', 'Bob-Pass12'),
      undefined,
      'flow-not-enabled',
      'USER_SRP_AUTH',
    ],
    [
      'unknown app client',
      'no-such-client',
      srp('bob', 'Bob-Pass12'),
      undefined,
      'resource-not-found',
      'the user pool id or app client id is wrong, or the pool is in another region',
    ],
  ])('%s', async (_label, clientId, input, clientSecret, code, words) => {
    const error = await signInError(clientId, input, clientSecret);
    expect(error.code).toBe(code);
    expect(error.message).toContain(words);
    expect(error.cause).toBeDefined();
  });

  it('reports an expired challenge session: start again', async () => {
    const conversation = await engineFor(double, 'engine-public').signIn(srp('hank', 'Hank-Pass1'));
    double.expireSessions();
    const error = await authError(double, conversation.respond({ code: '654321' }));
    expect(error.code).toBe('session-expired');
    expect(error.message).toContain('start the sign-in again');
  });

  it('reports a session killed by too many wrong codes as expired', async () => {
    const conversation = await engineFor(double, 'engine-public').signIn(srp('hank', 'Hank-Pass1'));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await authError(double, conversation.respond({ code: '000000' }))).code).toBe(
        'code-mismatch',
      );
    }
    expect((await authError(double, conversation.respond({ code: '654321' }))).code).toBe(
      'session-expired',
    );
  });

  it('checked every sentence above against the secrets the double saw', () => {
    const secrets = knownSecrets(double);
    expect(secrets.length).toBeGreaterThan(20);
    expect(JSON.stringify(double.requests)).toContain('SECRET_HASH');
  });
});

// The facade's password operations and refresh-now, over a real store, the vault on a fake
// keytar, and the real engine against the strict Cognito double (SECRET_HASH checked there).
import { describe, expect, it } from 'vitest';
import { isAuthError } from '../../src/shared/errors';
import type { TokenManager } from '../../src/main/token-manager';
import type { AuthStep } from '../../src/shared/auth';
import type { FakeKeytar } from '../support/fake-keytar';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-west-1_Account1';
const CLIENT = 'accountsecret';
const CLIENT_SECRET = 'account-client-secret-0123456789abcdef';
const PASSWORD = 'Account-Pass-1!';
const RESET_PASSWORD = 'Account-Reset-2!';
const CHANGED_PASSWORD = 'Account-Change-3!';
const ALIAS_USER = 'abad1dea-0000-4000-8000-00000000a11a';
const SERVICE = 'ctm-account-test';

const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      emailAlias: true,
      fixedCode: '424242',
      clients: [{ clientId: CLIENT, clientSecret: CLIENT_SECRET }],
      users: [{ username: ALIAS_USER, password: PASSWORD, email: 'reset@example.com' }],
    },
  ],
  serviceName: SERVICE,
});
const double = facade.double;

async function open(): Promise<{ manager: TokenManager; keytar: FakeKeytar }> {
  const { manager, keytar } = await facade.open();
  await manager.addProfile(
    {
      name: 'acct',
      userPoolId: POOL,
      clientId: CLIENT,
      endpoint: double.endpoint,
      username: 'reset@example.com',
      rememberPassword: true,
    },
    { clientSecret: CLIENT_SECRET },
  );
  return { manager, keytar };
}

function signedIn(step: AuthStep) {
  if (step.type !== 'signed-in') throw new Error(`expected tokens, got ${step.challenge}`);
  return step.tokens;
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAuthError(error)) throw new Error(`expected an AuthError, got ${String(error)}`);
  return error.message;
}

const remembered = (keytar: FakeKeytar) =>
  [...keytar.items.entries()].find(([key]) => key.endsWith(':password'))?.[1];

// The tests run in order against one user: each starts from the password the one before set.
describe('password operations through the facade', () => {
  it('resets a forgotten password with the code, refusing a weak one with the policy sentence', async () => {
    const { manager, keytar } = await open();
    const delivery = await manager.forgotPassword('acct');
    expect(delivery.medium).toBe('EMAIL');
    expect(delivery.destination).not.toContain('reset@example.com');

    expect(await refusal(manager.confirmForgotPassword('acct', '000000', RESET_PASSWORD))).toBe(
      'The code is wrong: check it and enter it again.',
    );
    expect(await refusal(manager.confirmForgotPassword('acct', '424242', 'short'))).toMatch(
      /^The new password does not meet the user pool's password policy: .+\.$/,
    );
    await manager.confirmForgotPassword('acct', '424242', RESET_PASSWORD);

    expect(signedIn(await manager.signIn('acct', RESET_PASSWORD)).idToken).toBeTruthy();
    expect(remembered(keytar)).toBe(RESET_PASSWORD);
    manager.stop();
  });

  it('changes the password of a signed-in user, refusing a wrong current one', async () => {
    const { manager, keytar } = await open();
    signedIn(await manager.signIn('acct', RESET_PASSWORD));
    expect(
      await refusal(manager.changePassword('acct', 'Wrong-Pass-9!', CHANGED_PASSWORD)),
    ).toMatch(/password/i);
    await manager.changePassword('acct', RESET_PASSWORD, CHANGED_PASSWORD);
    expect(remembered(keytar)).toBe(CHANGED_PASSWORD);

    await manager.signOut('acct');
    expect(signedIn(await manager.signIn('acct', CHANGED_PASSWORD)).idToken).toBeTruthy();
    manager.stop();
  });

  it('says "sign in first" when changing the password of a signed-out profile', async () => {
    const { manager } = await open();
    expect(await refusal(manager.changePassword('acct', CHANGED_PASSWORD, PASSWORD))).toMatch(
      /sign in/i,
    );
    manager.stop();
  });
});

describe('refresh now', () => {
  it('refreshes tokens that are nowhere near due, with one call on the wire for many asks', async () => {
    const { manager } = await open();
    const first = signedIn(await manager.signIn('acct', CHANGED_PASSWORD));
    const before = double.requests.filter((r) => r.operation === 'InitiateAuth').length;
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => manager.refreshNow('acct')));
    const after = double.requests.filter((r) => r.operation === 'InitiateAuth').length;
    expect(after - before).toBe(1);
    expect(results[0]?.idToken).not.toBe(first.idToken);
    expect((await manager.freshTokens('acct')).idToken).toBe(results[0]?.idToken);
    manager.stop();
  });
});

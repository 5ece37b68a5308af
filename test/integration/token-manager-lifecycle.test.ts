// The facade when things go wrong around a session: the CLI changing what the app holds, a
// keychain that stops answering, a sign-out Cognito does not confirm, an expired access token
// at a global sign-out, and a remembered password that no longer works.
import { describe, expect, it } from 'vitest';
import type { TokenManager } from '../../src/main/token-manager';
import type { AuthStep } from '../../src/shared/auth';
import { useFacade } from '../support/use-facade';

const POOL = 'us-west-2_Lifecycle1';
const CLIENT = 'lifecycle';
const SHORT = 'lifecycleshort';
const PASSWORD = 'Life-Pass-1!';
const SERVICE = 'ctm-lifecycle-test';

const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      clients: [{ clientId: CLIENT }, { clientId: SHORT, tokenValiditySeconds: 2 }],
      users: ['ann', 'ben', 'cat', 'dan', 'eve'].map((username) => ({
        username,
        password: PASSWORD,
      })),
    },
  ],
  serviceName: SERVICE,
  timeoutMs: 2_000,
});
const double = facade.double;

/** One data folder and one keychain; each open() is another process over them. */
function machine(keychainWorks = () => true) {
  const m = facade.machine();
  const open = (): Promise<TokenManager> =>
    m.open({
      loadKeytar: () =>
        keychainWorks()
          ? Promise.resolve(m.keytar)
          : Promise.reject(new Error('keytar is missing')),
    });
  return { ...m, open };
}

const tokensOf = (step: AuthStep) => {
  if (step.type !== 'signed-in') throw new Error(`expected tokens, got ${step.challenge}`);
  return step.tokens;
};
const codeOf = (work: Promise<unknown>) =>
  work.then(
    () => 'resolved',
    (error: unknown) => (error as { code?: string }).code,
  );

async function addSignedIn(manager: TokenManager, username: string, clientId = CLIENT) {
  await manager.addProfile({
    name: username,
    userPoolId: POOL,
    clientId,
    username,
    endpoint: double.endpoint,
  });
  return tokensOf(await manager.signIn(username, PASSWORD));
}

describe('TokenManager lifecycle', () => {
  it('stops handing out tokens in the app once the CLI logged the profile out', async () => {
    const m = machine();
    const app = await m.open();
    await addSignedIn(app, 'ann');
    const cli = await m.open();
    expect((await cli.signOut('ann')).unconfirmed).toBeUndefined();
    expect(await codeOf(app.freshTokens('ann'))).toBe('not-signed-in');
  });

  it('refuses to sign out, re-point or remove a profile while its keychain is unreachable', async () => {
    let works = true;
    const m = machine(() => works);
    await addSignedIn(await m.open(), 'ben');
    works = false;
    const cli = await m.open();
    expect(cli.keychainStatus().ok).toBe(false);
    expect(await codeOf(cli.signOut('ben'))).toBe('keytar-missing');
    expect(await codeOf(cli.editProfile('ben', { username: 'cat' }))).toBe('keytar-missing');
    expect(await codeOf(cli.removeProfile('ben'))).toBe('keytar-missing');
    // Asking for tokens says why there are none, rather than "sign in again".
    expect(await codeOf(cli.freshTokens('ben'))).toBe('keytar-missing');
    works = true;
    expect((await (await m.open()).freshTokens('ben')).username).toBe('ben');
  });

  it('reports a sign-out Cognito did not confirm, and forgets the tokens all the same', async () => {
    const m = machine();
    const manager = await m.open();
    await addSignedIn(manager, 'dan');
    double.faults.serverErrorNext = 10;
    try {
      const { unconfirmed } = await manager.signOut('dan');
      expect(unconfirmed?.code).toBe('server');
    } finally {
      double.faults.serverErrorNext = 0;
    }
    expect(await codeOf(manager.freshTokens('dan'))).toBe('not-signed-in');
  });

  it('signs out everywhere even after the access token expired, and revokes the refresh token', async () => {
    const m = machine();
    const manager = await m.open();
    const tokens = await addSignedIn(manager, 'eve', SHORT);
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, tokens.expiresAt - Date.now() + 300)),
    );
    const { unconfirmed } = await manager.signOut('eve', { global: true });
    expect(unconfirmed).toBeUndefined();
    const global = double.requests.filter((r) => r.operation === 'GlobalSignOut').at(-1);
    expect(global?.status).toBe(200);
  });

  it('forgets a remembered password that Cognito refuses, and says so', async () => {
    const m = machine();
    const manager = await m.open();
    await manager.addProfile(
      {
        name: 'ann2',
        userPoolId: POOL,
        clientId: CLIENT,
        username: 'ann',
        endpoint: double.endpoint,
        rememberPassword: true,
      },
      { password: 'An-Old-Pass-9' },
    );
    expect(await manager.hasRememberedPassword('ann2')).toBe(true);
    const refused = await manager.signIn('ann2').then(
      () => null,
      (error: unknown) => error as { code: string; message: string },
    );
    expect(refused?.code).toBe('wrong-credentials');
    expect(refused?.message).toMatch(/remembered password was refused/);
    expect(await manager.hasRememberedPassword('ann2')).toBe(false);
  });
});

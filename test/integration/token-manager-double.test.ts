// The TokenManager facade over a real store file, the keychain vault on a fake keytar, and the
// real engine against the strict Cognito double (SRP and SECRET_HASH are checked there).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAuthError } from '../../src/shared/errors';
import { loadCognitoEngine } from '../../src/main/cognito/load-engine';
import type { AuthStep } from '../../src/shared/auth';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-west-1_Facade1';
const PUBLIC_CLIENT = 'facadepublic';
const SECRET_CLIENT = 'facadesecret';
const CLIENT_SECRET = 'facade-client-secret-0123456789abcdef';
const PASSWORD = 'Facade-Pass-1!';
const NEW_PASSWORD = 'Facade-Fresh-2!';
const SERVICE = 'ctm-facade-test';
const ALIAS_USER = 'c0ffee00-0000-4000-8000-0000000a11a5';

const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      emailAlias: true,
      clients: [
        { clientId: PUBLIC_CLIENT },
        { clientId: SECRET_CLIENT, clientSecret: CLIENT_SECRET },
      ],
      users: [
        { username: 'plain', password: PASSWORD },
        { username: 'other', password: PASSWORD },
        { username: 'newbie', password: PASSWORD, status: 'FORCE_CHANGE_PASSWORD' },
        { username: ALIAS_USER, password: PASSWORD, email: 'alias@example.com' },
      ],
    },
  ],
  serviceName: SERVICE,
});
const double = facade.double;

/** A machine whose managers count how often they load the Cognito engine. */
function rig() {
  let loads = 0;
  const machine = facade.machine({
    loadEngine: () => {
      loads += 1;
      return loadCognitoEngine();
    },
  });
  return { ...machine, engineLoads: () => loads };
}

const connection = (clientId = PUBLIC_CLIENT) => ({
  userPoolId: POOL,
  clientId,
  endpoint: double.endpoint,
});

function signedIn(step: AuthStep) {
  if (step.type !== 'signed-in') throw new Error(`expected tokens, got ${step.challenge}`);
  return step.tokens;
}

async function authErrorOf(work: Promise<unknown>) {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAuthError(error)) throw new Error(`expected an AuthError, got ${String(error)}`);
  return error;
}

describe('TokenManager over the Cognito double', () => {
  it('keeps the client secret in the keychain only and signs in with SRP + SECRET_HASH', async () => {
    const r = rig();
    const manager = await r.open();
    expect(manager.keychainStatus()).toEqual({ ok: true });
    const profile = await manager.addProfile(
      { name: 'secretive', ...connection(SECRET_CLIENT), username: 'plain' },
      { clientSecret: CLIENT_SECRET },
    );
    expect(profile.hasClientSecret).toBe(true);
    expect(readFileSync(join(r.dir, 'profiles.json'), 'utf8')).not.toContain(CLIENT_SECRET);
    expect(r.keytar.items.get(`${SERVICE}/${profile.id}:client-secret`)).toBe(CLIENT_SECRET);

    const tokens = signedIn(await manager.signIn('secretive', PASSWORD));
    const initiate = double.requests.filter((q) => q.operation === 'InitiateAuth').at(-1);
    expect(initiate?.body.AuthFlow).toBe('USER_SRP_AUTH');
    expect(initiate?.status).toBe(200);
    expect(await manager.freshTokens('SECRETIVE')).toMatchObject({ idToken: tokens.idToken });
    const rows = await manager.statusRows();
    expect(rows).toMatchObject([{ name: 'secretive', state: 'signed-in', username: 'plain' }]);
  });

  it('says how to set a missing client secret, before any request', async () => {
    const manager = await rig().open();
    await manager.addProfile({
      name: 'nosecret',
      ...connection(SECRET_CLIENT),
      username: 'plain',
      hasClientSecret: true,
    });
    const before = double.requests.length;
    const error = await authErrorOf(manager.signIn('nosecret', PASSWORD));
    expect(error.code).toBe('client-secret-required');
    expect(error.message).toMatch(
      /set it with cognito-tokens profiles edit nosecret --client-secret-env VAR\.$/,
    );
    expect(double.requests.length).toBe(before);
  });

  it('a new process serves cached tokens without loading the engine; status shows them too', async () => {
    const r = rig();
    const first = await r.open();
    await first.addProfile({ name: 'dev', ...connection(), username: 'plain' });
    first.setActive('dev');
    const tokens = signedIn(await first.signIn('dev', PASSWORD));
    const loadsAfterSignIn = r.engineLoads();

    const second = await r.open();
    const rows = await second.statusRows();
    expect(rows[0]).toMatchObject({ state: 'signed-in', username: 'plain' });
    expect(rows[0]?.expiresIn).toMatch(/^(59m|1h)/);
    expect((await second.freshTokens()).accessToken).toBe(tokens.accessToken);
    expect(r.engineLoads()).toBe(loadsAfterSignIn);
  });

  it('remembers the new password, not the temporary one, after NEW_PASSWORD_REQUIRED', async () => {
    const r = rig();
    const manager = await r.open();
    const profile = await manager.addProfile({
      name: 'newbie',
      ...connection(),
      username: 'newbie',
      rememberPassword: true,
    });
    const step = await manager.signIn('newbie', PASSWORD);
    expect(step).toMatchObject({ type: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED' });
    signedIn(await manager.respond('newbie', { newPassword: NEW_PASSWORD }));
    expect(r.keytar.items.get(`${SERVICE}/${profile.id}:password`)).toBe(NEW_PASSWORD);

    await manager.signOut('newbie');
    const again = await r.open();
    expect(await again.hasRememberedPassword('newbie')).toBe(true);
    expect(signedIn(await again.signIn('newbie')).username).toBe('newbie');
  });

  it('an edit that changes the user drops the old tokens and password, in memory too', async () => {
    const manager = await rig().open();
    await manager.addProfile({
      name: 'dev',
      ...connection(),
      username: 'plain',
      rememberPassword: true,
    });
    signedIn(await manager.signIn('dev', PASSWORD));
    await manager.editProfile('dev', { label: 'just a label' });
    expect(manager.sessionState('dev').status).toBe('signed-in');

    await manager.editProfile('dev', { username: 'other' });
    expect(await manager.hasRememberedPassword('dev')).toBe(false);
    const error = await authErrorOf(manager.freshTokens('dev'));
    expect(error.code).toBe('not-signed-in');
  });

  it('remove deletes every keychain item and its index entries', async () => {
    const r = rig();
    const manager = await r.open();
    const keep = await manager.addProfile({ name: 'keep', ...connection(), username: 'other' });
    const gone = await manager.addProfile(
      { name: 'gone', ...connection(SECRET_CLIENT), username: 'plain', rememberPassword: true },
      { clientSecret: CLIENT_SECRET },
    );
    signedIn(await manager.signIn('gone', PASSWORD));
    signedIn(await manager.signIn('keep', PASSWORD));
    expect(
      r.keytar.accounts(SERVICE).filter((a) => a.startsWith(gone.id)).length,
    ).toBeGreaterThanOrEqual(5);

    const { removedSecrets } = await manager.removeProfile('gone');
    expect(removedSecrets).toBe(5);
    expect(r.keytar.accounts(SERVICE).filter((a) => a.startsWith(gone.id))).toEqual([]);
    expect(r.keytar.accounts(SERVICE).filter((a) => a.startsWith(keep.id)).length).toBe(3);
    const file = JSON.parse(readFileSync(join(r.dir, 'profiles.json'), 'utf8')) as {
      secretIndex: { profileId: string }[];
    };
    expect(file.secretIndex.every((e) => e.profileId === keep.id)).toBe(true);
  });

  it('an overwriting import with a new identity deletes the replaced profile’s items', async () => {
    const r = rig();
    const manager = await r.open();
    const old = await manager.addProfile({ name: 'dev', ...connection(), username: 'plain' });
    signedIn(await manager.signIn('dev', PASSWORD));
    const exported = manager.exportProfiles();
    const changed = {
      ...exported,
      profiles: exported.profiles.map((p) => ({ ...p, username: 'other' })),
    };
    const file = join(r.dir, 'import.json');
    writeFileSync(file, JSON.stringify(changed));

    expect((await manager.importProfiles(file)).skipped).toHaveLength(1);
    const outcome = await manager.importProfiles(file, { overwrite: true });
    expect(outcome.replaced[0]?.profile.id).not.toBe(old.id);
    expect(r.keytar.accounts(SERVICE).filter((a) => a.startsWith(old.id))).toEqual([]);
  });

  it('with no profile named and none active, says how to choose one', async () => {
    const manager = await rig().open();
    await expect(manager.freshTokens()).rejects.toThrow(
      /No profile is active: .*cognito-tokens use NAME/,
    );
  });

  it('refreshes an email-alias user with a client secret after only the refresh token survived', async () => {
    const r = rig();
    const first = await r.open();
    const profile = await first.addProfile(
      { name: 'alias', ...connection(SECRET_CLIENT), username: 'alias@example.com' },
      { clientSecret: CLIENT_SECRET },
    );
    expect(signedIn(await first.signIn('alias', PASSWORD)).username).toBe(ALIAS_USER);
    // The cached tokens are gone (say a chunked item was half-written): only the refresh token
    // is left, and SECRET_HASH at refresh needs the internal username, not the typed email.
    r.keytar.items.delete(`${SERVICE}/${profile.id}:id-token`);
    r.keytar.items.delete(`${SERVICE}/${profile.id}:access-token`);

    const second = await r.open();
    const tokens = await second.freshTokens('alias');
    expect(tokens.username).toBe(ALIAS_USER);
    const refresh = double.requests.filter((q) => q.body.AuthFlow === 'REFRESH_TOKEN_AUTH').at(-1);
    expect(refresh?.status).toBe(200);
  });
});

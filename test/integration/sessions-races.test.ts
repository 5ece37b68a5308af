// The session layer under pressure, against the strict double: two processes refreshing a
// rotating token at once, a sign-out racing a refresh, a cancelled re-sign-in, and a refresh
// window longer than the tokens' life.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoEngine } from '../../src/main/cognito/engine-module';
import { MemoryVault } from '../../src/main/secrets/memory-vault';
import type { SecretKind } from '../../src/main/secrets/types';
import { SessionManager } from '../../src/main/sessions/session-manager';
import { refreshLockBeside } from '../../src/main/token-manager/refresh-lock';
import { ProfileSchema, type Profile } from '../../src/shared/profile';
import { useDouble } from '../support/use-double';

const POOL_ID = 'eu-west-3_Races1';
const SECRET = 'races-client-secret-9a7b';
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

let lockDir: string;
const double = useDouble([
  {
    userPoolId: POOL_ID,
    clients: [{ clientId: 'rotating', clientSecret: SECRET, refreshRotation: true }],
    users: [
      { username: 'rosa', password: 'Rosa-Pass1' },
      { username: 'sid', password: 'Sid-Pass12' },
      { username: 'tess', password: 'Tess-Pass1', mfa: { totpSecret: TOTP_SECRET } },
      { username: 'walt', password: 'Walt-Pass1' },
      { username: 'xena', password: 'Xena-Pass1' },
      { username: 'yuri', password: 'Yuri-Pass1' },
      { username: 'zack', password: 'Zack-Pass1' },
    ],
  },
]);

beforeAll(() => {
  lockDir = mkdtempSync(join(tmpdir(), 'ctm-races-'));
});
afterAll(() => {
  rmSync(lockDir, { recursive: true, force: true });
});

function profileFor(username: string): Profile {
  return ProfileSchema.parse({
    id: `profile-${username}`,
    name: username,
    userPoolId: POOL_ID,
    clientId: 'rotating',
    hasClientSecret: true,
    authFlow: 'srp',
    username,
    endpoint: double.endpoint,
    refreshAheadSeconds: 86_400,
    refreshRotation: true,
  });
}

/**
 * A keychain whose writes take `writeMs` (gnome-keyring's take about 12 ms) and that says when
 * the next write of one kind begins.
 */
class SlowVault extends MemoryVault {
  #watch: { kind: SecretKind; began: () => void } | null = null;

  readonly #writeMs: number;
  constructor(writeMs: number) {
    super();
    this.#writeMs = writeMs;
  }

  nextWrite(kind: SecretKind): Promise<void> {
    return new Promise((began) => (this.#watch = { kind, began }));
  }

  override async set(profileId: string, kind: SecretKind, value: string): Promise<void> {
    if (this.#watch?.kind === kind) {
      this.#watch.began();
      this.#watch = null;
    }
    await new Promise((resolve) => setTimeout(resolve, this.#writeMs));
    await super.set(profileId, kind, value);
  }
}

/** One "process": its own session manager (own memory), sharing the keychain `vault`. */
function processFor(profile: Profile, vault: MemoryVault, now?: () => number): SessionManager {
  return new SessionManager({
    ...(now ? { now } : {}),
    getProfile: () => profile,
    engineFor: (p) =>
      Promise.resolve(
        createCognitoEngine({
          userPoolId: p.userPoolId,
          clientId: p.clientId,
          clientSecret: SECRET,
          endpoint: double.endpoint,
        }),
      ),
    vault,
    log: { info: () => undefined, warn: () => undefined },
    // Every "process" honours one lock folder, as the app and the CLI share one data folder.
    crossProcessLock: refreshLockBeside(join(lockDir, 'profiles.json')),
  });
}

const refreshCalls = (): number =>
  double.requests.filter((r) => r.operation === 'GetTokensFromRefreshToken').length;

describe('session races', () => {
  it('survives two processes rotating the same refresh token at once', async () => {
    const profile = profileFor('rosa');
    // gnome-keyring takes about 12 ms a write: the gap in which a loser once deleted the winner's token.
    const keychain = new SlowVault(12);
    const app = processFor(profile, keychain);
    await app.signIn(profile.id, 'Rosa-Pass1');
    const cli = processFor(profile, keychain);
    await cli.freshTokens(profile.id); // the CLI has the same tokens cached in its memory

    const [fromApp, fromCli] = await Promise.all([
      app.refreshNow(profile.id),
      cli.refreshNow(profile.id),
    ]);
    // The loser of the race picked up the winner's token instead of wiping the keychain.
    expect(fromApp.accessToken).toBeTruthy();
    expect(fromCli.accessToken).toBeTruthy();
    expect(cli.state(profile.id).status).toBe('signed-in');
    const stored = await keychain.get(profile.id, 'refresh-token');
    expect(stored).not.toBeNull();
    // And what is in the keychain still works.
    await expect(processFor(profile, keychain).refreshNow(profile.id)).resolves.toBeTruthy();
  });

  it('does not bring a session back when sign-out happens during a refresh', async () => {
    const profile = profileFor('sid');
    const vault = new MemoryVault();
    const sessions = processFor(profile, vault);
    await sessions.signIn(profile.id, 'Sid-Pass12');
    double.faults.delayMs = 300;
    try {
      const refreshing = sessions.refreshNow(profile.id);
      const outcome = refreshing.then(
        () => 'resolved',
        (error: unknown) => (error as { code?: string }).code,
      );
      await sessions.signOut(profile.id);
      expect(await outcome).toBe('not-signed-in');
    } finally {
      double.faults.delayMs = 0;
    }
    expect(sessions.state(profile.id).status).toBe('signed-out');
    expect(await vault.get(profile.id, 'refresh-token')).toBeNull();
    expect(await vault.get(profile.id, 'id-token')).toBeNull();
  });

  it('sign-out wins over a refresh that is saving its tokens: nothing is left in the keychain', async () => {
    const profile = profileFor('zack');
    const vault = new SlowVault(50);
    const sessions = processFor(profile, vault);
    await sessions.signIn(profile.id, 'Zack-Pass1');
    const saving = vault.nextWrite('refresh-token');
    const refreshing = sessions.refreshNow(profile.id).then(
      () => 'resolved',
      (error: unknown) => (error as { code?: string }).code,
    );
    await saving; // the refresh has its new tokens and is writing them
    const outcome = await sessions.signOut(profile.id);
    await refreshing;
    expect(outcome.notRemoved).toBeUndefined();
    expect(sessions.state(profile.id).status).toBe('signed-out');
    expect(await vault.get(profile.id, 'refresh-token')).toBeNull();
    expect(await vault.get(profile.id, 'id-token')).toBeNull();
    expect(await vault.get(profile.id, 'access-token')).toBeNull();
  });

  it('keeps a live session when a second sign-in is cancelled at its MFA prompt', async () => {
    const profile = profileFor('tess');
    const sessions = processFor(profile, new MemoryVault());
    const totp = new OTPAuth.TOTP({ secret: TOTP_SECRET });
    await sessions.signIn(profile.id, 'Tess-Pass1');
    await sessions.respond(profile.id, { code: totp.generate() });
    expect(sessions.state(profile.id).status).toBe('signed-in');

    const again = await sessions.signIn(profile.id, 'Tess-Pass1');
    expect(again.type).toBe('challenge');
    expect(sessions.state(profile.id).status).toBe('signing-in');
    sessions.cancelSignIn(profile.id);
    expect(sessions.state(profile.id).status).toBe('signed-in');
  });

  it('does not refresh fresh tokens even when the refresh window is longer than their life', async () => {
    const profile = profileFor('walt');
    const sessions = processFor(profile, new MemoryVault());
    await sessions.signIn(profile.id, 'Walt-Pass1');
    const before = refreshCalls();
    for (let i = 0; i < 5; i += 1) await sessions.freshTokens(profile.id);
    expect(refreshCalls()).toBe(before);
  });

  it('backs off instead of spinning when the clock is so far ahead that new tokens are due', async () => {
    const profile = { ...profileFor('xena'), refreshAheadSeconds: 300 };
    // 58 minutes ahead: hour-long tokens look due for refresh the moment they arrive.
    const skewed = () => Date.now() + 58 * 60_000;
    const sessions = processFor(profile, new MemoryVault(), skewed);
    await sessions.signIn(profile.id, 'Xena-Pass1');
    sessions.startBackgroundRefresh();
    const before = refreshCalls();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    sessions.stop();
    expect(refreshCalls() - before).toBeLessThanOrEqual(2);
  });

  it('tells listeners the tokens are gone when a profile is forgotten', async () => {
    const profile = profileFor('yuri');
    const sessions = processFor(profile, new MemoryVault());
    await sessions.signIn(profile.id, 'Yuri-Pass1');
    const seen: string[] = [];
    sessions.onChange((change) => seen.push(change.state.status));
    sessions.forget(profile.id);
    expect(seen).toEqual(['signed-out']);
  });
});

// "Kept in memory only" must keep: when the keychain refuses a write (the keyring locked), the
// tokens held in memory stay the truth, a rotated refresh token included, until a retried write
// lands; the state says so meanwhile. The keychain is the vault over a fake keytar that behaves
// as gnome-keyring was measured to (locked: writes rejected, reads null).
import { describe, expect, it } from 'vitest';
import { createCognitoEngine } from '../../src/main/cognito/engine-module';
import { KeytarVault } from '../../src/main/secrets/keytar-vault';
import { MemoryVaultIndex } from '../../src/main/secrets/memory-index';
import { SessionManager } from '../../src/main/sessions/session-manager';
import { ProfileSchema, type Profile } from '../../src/shared/profile';
import { FakeKeytar, recordingLogger } from '../support/fake-keytar';
import { useDouble } from '../support/use-double';

const POOL_ID = 'eu-west-2_MemOnly1';

const double = useDouble([
  {
    userPoolId: POOL_ID,
    clients: [{ clientId: 'rotating', refreshRotation: true }],
    users: [{ username: 'mia', password: 'Mia-Pass-1!' }],
  },
]);

function rig() {
  const profile = ProfileSchema.parse({
    id: 'profile-memonly',
    name: 'memonly',
    userPoolId: POOL_ID,
    clientId: 'rotating',
    authFlow: 'srp',
    username: 'mia',
    endpoint: double.endpoint,
    refreshRotation: true,
  });
  const keytar = new FakeKeytar();
  const vault = new KeytarVault({
    keytar,
    serviceName: 'svc',
    index: new MemoryVaultIndex(),
    log: recordingLogger(),
  });
  const sessions = new SessionManager({
    getProfile: () => profile,
    engineFor: (p: Profile) =>
      Promise.resolve(
        createCognitoEngine(
          { userPoolId: p.userPoolId, clientId: p.clientId, endpoint: double.endpoint },
          { retryBaseDelayMs: 5 },
        ),
      ),
    vault,
    log: { info: () => undefined, warn: () => undefined },
    random: () => 0,
  });
  return { profile, keytar, sessions };
}

describe('tokens the keychain refused', () => {
  it('stay the truth across rotating refreshes, are shown as memory-only, and reach the keychain once it takes them', async () => {
    const { profile, keytar, sessions } = rig();
    const step = await sessions.signIn(profile.id, 'Mia-Pass-1!');
    expect(step.type).toBe('signed-in');
    keytar.locked = true;
    let second;
    try {
      const first = await sessions.refreshNow(profile.id);
      expect(sessions.state(profile.id)).toMatchObject({ status: 'signed-in', memoryOnly: true });
      expect((await sessions.freshTokens(profile.id)).idToken).toBe(first.idToken);
      // The rotated refresh token lives only in memory; a second refresh must use it.
      second = await sessions.refreshNow(profile.id);
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(sessions.state(profile.id)).toMatchObject({ memoryOnly: true });
    } finally {
      keytar.locked = false;
    }
    await expect
      .poll(() => sessions.state(profile.id), { timeout: 10_000 })
      .toEqual(expect.not.objectContaining({ memoryOnly: true }));
    expect(sessions.state(profile.id).status).toBe('signed-in');
    // The keychain now holds the latest rotated refresh token: a fresh process could carry on.
    expect(keytar.items.get('svc/profile-memonly:refresh-token')).toBe(second.refreshToken);
    sessions.stop();
  });
});

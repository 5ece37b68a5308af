// Sessions against the strict Cognito double: rotation-safe refresh with a client secret and an
// email alias, sign-in again after a restart, and a refused refresh that must not loop.
import { describe, expect, it } from 'vitest';
import { createCognitoEngine } from '../../src/main/cognito/engine-module';
import { MemoryVault } from '../../src/main/secrets/memory-vault';
import type { SecretKind } from '../../src/main/secrets/types';
import { SessionManager } from '../../src/main/sessions/session-manager';
import { ProfileSchema, type Profile } from '../../src/shared/profile';
import { useDouble } from '../support/use-double';

const POOL_ID = 'eu-west-2_Sessions1';
const SECRET = 'sessions-client-secret-5e1d';
const ALICE = 'b7c1d2e3-0000-4000-8000-00000000a11c';

/** A vault that records the order in which secrets are written. */
class RecordingVault extends MemoryVault {
  readonly writes: SecretKind[] = [];
  override async set(profileId: string, kind: SecretKind, value: string): Promise<void> {
    await super.set(profileId, kind, value);
    this.writes.push(kind);
  }
}

const double = useDouble([
  {
    userPoolId: POOL_ID,
    emailAlias: true,
    clients: [
      { clientId: 'rotating', clientSecret: SECRET, refreshRotation: true },
      { clientId: 'plain', clientSecret: SECRET },
    ],
    users: [{ username: ALICE, password: 'Alice-Pass1', email: 'alice@example.com' }],
  },
]);

function profileFor(clientId: string, extra: Partial<Profile> = {}): Profile {
  return ProfileSchema.parse({
    id: `profile-${clientId}`,
    name: clientId,
    userPoolId: POOL_ID,
    clientId,
    hasClientSecret: true,
    authFlow: 'srp',
    // The email alias: SECRET_HASH must switch to the internal username after InitiateAuth.
    username: 'alice@example.com',
    endpoint: double.endpoint,
    refreshAheadSeconds: 86_400,
    refreshRotation: clientId === 'rotating',
    ...extra,
  });
}

/** Internal usernames, kept as the profile store keeps them for the app and the CLI. */
const identities = new Map<string, string>();

function sessionsFor(profile: Profile, vault: MemoryVault): SessionManager {
  return new SessionManager({
    identities: {
      recall: (id) => identities.get(id),
      remember: (id, username) => identities.set(id, username),
    },
    getProfile: () => profile,
    engineFor: (p) =>
      Promise.resolve(
        createCognitoEngine(
          {
            userPoolId: p.userPoolId,
            clientId: p.clientId,
            clientSecret: SECRET,
            endpoint: double.endpoint,
          },
          { retryBaseDelayMs: 5 },
        ),
      ),
    vault,
    log: { info: () => undefined, warn: () => undefined },
  });
}

describe('sessions against the strict double', () => {
  it('stores each rotated refresh token before handing out the new tokens', async () => {
    const profile = profileFor('rotating');
    const vault = new RecordingVault();
    const sessions = sessionsFor(profile, vault);
    const step = await sessions.signIn(profile.id, 'Alice-Pass1');
    if (step.type !== 'signed-in') throw new Error('expected tokens');
    expect(step.tokens.username).toBe(ALICE);

    const seen = new Set([await vault.get(profile.id, 'refresh-token')]);
    for (let round = 0; round < 3; round += 1) {
      vault.writes.length = 0;
      const fresh = await sessions.refreshNow(profile.id);
      // The new refresh token was written first, and it is the one now in the keychain.
      expect(vault.writes[0]).toBe('refresh-token');
      const stored = await vault.get(profile.id, 'refresh-token');
      expect(stored).toBe(fresh.refreshToken);
      expect(seen.has(stored)).toBe(false);
      seen.add(stored);
    }
    expect(sessions.state(profile.id).status).toBe('signed-in');
  });

  it('signs in again after a restart from the refresh token in the keychain', async () => {
    const profile = profileFor('plain');
    const vault = new MemoryVault();
    await sessionsFor(profile, vault).signIn(profile.id, 'Alice-Pass1');
    // Only the refresh token survives: the cached tokens were lost.
    await vault.delete(profile.id, 'id-token');
    await vault.delete(profile.id, 'access-token');
    const refreshCalls = (): number =>
      double.requests.filter(
        (r) => r.operation === 'InitiateAuth' && r.body.AuthFlow === 'REFRESH_TOKEN_AUTH',
      ).length;
    const before = refreshCalls();

    const restarted = sessionsFor(profile, vault);
    expect(restarted.state(profile.id).status).toBe('signed-out');
    await restarted.restore([profile.id]);
    const state = restarted.state(profile.id);
    expect(state.status).toBe('signed-in');
    expect(state.status === 'signed-in' ? state.username : '').toBe(ALICE);
    expect(refreshCalls()).toBe(before + 1);
  });

  it('reports a refused refresh (wrong secret) as an error without retrying', async () => {
    const profile = profileFor('plain');
    const vault = new MemoryVault();
    const good = sessionsFor(profile, vault);
    await good.signIn(profile.id, 'Alice-Pass1');
    const wrongSecret = new SessionManager({
      getProfile: () => profile,
      engineFor: (p) =>
        Promise.resolve(
          createCognitoEngine({
            userPoolId: p.userPoolId,
            clientId: p.clientId,
            clientSecret: 'not-the-secret',
            endpoint: double.endpoint,
          }),
        ),
      vault,
      log: { info: () => undefined, warn: () => undefined },
    });
    await expect(wrongSecret.refreshNow(profile.id)).rejects.toMatchObject({
      code: 'secret-hash',
    });
    const state = wrongSecret.state(profile.id);
    expect(state.status).toBe('error');
    expect(state.status === 'error' ? state.reason : '').toMatch(/client secret/i);
    // The refresh token is kept: fixing the secret is enough to carry on.
    expect(await vault.get(profile.id, 'refresh-token')).not.toBeNull();
  });
});

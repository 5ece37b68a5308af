// Sessions against a real cognito-local with tokens that live a few seconds. The proxy in front
// counts the refresh calls that really went over the wire and can take the endpoint down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoEngine } from '../../src/main/cognito/engine-module';
import { MemoryVault } from '../../src/main/secrets/memory-vault';
import { SessionManager } from '../../src/main/sessions/session-manager';
import type { SessionChange } from '../../src/shared/session';
import { ProfileSchema, type Profile } from '../../src/shared/profile';
import { startCognitoLocal, type CognitoLocal } from '../support/cognito-local';
import { createTestPool, PERMANENT_PASSWORD, type TestPool } from '../support/cognito-local-pool';
import { startHttpProxy, type HttpProxy } from '../support/http-proxy';

const TOKEN_SECONDS = 6;
let local: CognitoLocal;
let pool: TestPool;

beforeAll(async () => {
  local = await startCognitoLocal();
  pool = await createTestPool(local, { tokenSeconds: TOKEN_SECONDS });
});
afterAll(async () => {
  await local.stop();
});

interface Rig {
  sessions: SessionManager;
  proxy: HttpProxy;
  vault: MemoryVault;
  profile: Profile;
  changes: SessionChange[];
  refreshCalls(): number;
}

let profileCount = 0;

/** A session manager for one fresh user, talking to cognito-local through a proxy. */
async function rig(refreshAheadSeconds: number): Promise<Rig> {
  const username = await pool.confirmedUser();
  const proxy = await startHttpProxy(local.endpoint);
  profileCount += 1;
  const profile = ProfileSchema.parse({
    id: `00000000-0000-4000-8000-${String(profileCount).padStart(12, '0')}`,
    name: `profile ${profileCount}`,
    userPoolId: pool.poolId.replace(/^local_/, 'us-east-1_'),
    clientId: pool.clientId,
    authFlow: 'password',
    username,
    endpoint: proxy.endpoint,
    refreshAheadSeconds,
  });
  const vault = new MemoryVault();
  const sessions = new SessionManager({
    getProfile: () => profile,
    engineFor: (p) =>
      Promise.resolve(
        createCognitoEngine({
          userPoolId: p.userPoolId,
          clientId: p.clientId,
          endpoint: proxy.endpoint,
          timeoutMs: 2_000,
        }),
      ),
    vault,
    log: { info: () => undefined, warn: () => undefined },
  });
  const changes: SessionChange[] = [];
  sessions.onChange((change) => changes.push(change));
  const refreshCalls = (): number =>
    proxy.requests.filter(
      (r) => r.operation === 'InitiateAuth' && r.body.AuthFlow === 'REFRESH_TOKEN_AUTH',
    ).length;
  return { sessions, proxy, vault, profile, changes, refreshCalls };
}

/** Resolves when `predicate` holds for a change, or fails after `limitMs`. */
function waitForChange(
  r: Rig,
  predicate: (c: SessionChange) => boolean,
  limitMs = 20_000,
): Promise<SessionChange> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(
          `no matching session change; saw ${JSON.stringify(r.changes.map((c) => c.state.status))}`,
        ),
      );
    }, limitMs);
    const stop = r.sessions.onChange((change) => {
      if (!predicate(change)) return;
      clearTimeout(timer);
      stop();
      resolve(change);
    });
  });
}

describe('sessions against cognito-local', () => {
  it('signs in, then refreshes ahead of expiry in the background', async () => {
    const r = await rig(4);
    const step = await r.sessions.signIn(r.profile.id, PERMANENT_PASSWORD);
    expect(step.type).toBe('signed-in');
    const first = r.sessions.state(r.profile.id);
    expect(first.status).toBe('signed-in');
    const firstExpiry = first.status === 'signed-in' ? first.expiresAt : 0;

    r.sessions.startBackgroundRefresh();
    const refreshed = await waitForChange(
      r,
      (c) => c.state.status === 'signed-in' && c.state.expiresAt > firstExpiry,
    );
    r.sessions.stop();
    expect(r.refreshCalls()).toBeGreaterThanOrEqual(1);
    expect(r.changes.map((c) => c.state.status)).toContain('refreshing');
    // Refreshed before the old tokens ran out, not after.
    expect(r.changes.find((c) => c.state.status === 'refreshing')).toBeDefined();
    expect(refreshed.state.status).toBe('signed-in');
    await r.proxy.close();
  });

  it('answers 100 concurrent token requests with one refresh call', async () => {
    // The window is capped at half the tokens' life: wait until the tokens are inside it.
    const r = await rig(3600);
    const step = await r.sessions.signIn(r.profile.id, PERMANENT_PASSWORD);
    if (step.type !== 'signed-in') throw new Error('expected tokens');
    await sleepUntil(step.tokens.expiresAt - (TOKEN_SECONDS / 2) * 1000 + 200);
    const before = r.refreshCalls();
    const results = await Promise.all(
      Array.from({ length: 100 }, () => r.sessions.freshTokens(r.profile.id)),
    );
    expect(r.refreshCalls() - before).toBe(1);
    expect(new Set(results.map((t) => t.accessToken)).size).toBe(1);
    await r.proxy.close();
  });

  it('ends the session with a reason when the refresh token was revoked', async () => {
    const r = await rig(3600);
    const step = await r.sessions.signIn(r.profile.id, PERMANENT_PASSWORD);
    if (step.type !== 'signed-in') throw new Error('expected tokens');
    const engine = createCognitoEngine({
      userPoolId: r.profile.userPoolId,
      clientId: r.profile.clientId,
      endpoint: local.endpoint,
    });
    await engine.signOut({ refreshToken: step.tokens.refreshToken ?? '' });

    await expect(r.sessions.refreshNow(r.profile.id)).rejects.toMatchObject({
      code: 'refresh-token-invalid',
    });
    const state = r.sessions.state(r.profile.id);
    expect(state.status).toBe('signed-out');
    expect(state.status === 'signed-out' ? state.reason : '').toMatch(/sign in again/i);
    expect(await r.vault.get(r.profile.id, 'refresh-token')).toBeNull();
    await r.proxy.close();
  });

  it('keeps the old tokens while the endpoint is unreachable, until they expire', async () => {
    const r = await rig(TOKEN_SECONDS - 1);
    const step = await r.sessions.signIn(r.profile.id, PERMANENT_PASSWORD);
    if (step.type !== 'signed-in') throw new Error('expected tokens');
    await r.proxy.setDown(true);
    // Wait until the tokens are inside the refresh window but not yet expired.
    await sleepUntil(step.tokens.expiresAt - (TOKEN_SECONDS - 1) * 1000 + 200);
    const kept = await r.sessions.freshTokens(r.profile.id);
    expect(kept.accessToken).toBe(step.tokens.accessToken);
    expect(r.sessions.state(r.profile.id).status).toBe('signed-in');

    await sleepUntil(step.tokens.expiresAt + 200);
    await expect(r.sessions.freshTokens(r.profile.id)).rejects.toMatchObject({ code: 'network' });
    const state = r.sessions.state(r.profile.id);
    expect(state.status).toBe('error');
    // The refresh token survives an outage: the session can recover when the network is back.
    expect(await r.vault.get(r.profile.id, 'refresh-token')).toBe(step.tokens.refreshToken);
    await r.proxy.setDown(false);
    const recovered = await r.sessions.freshTokens(r.profile.id);
    expect(recovered.expiresAt).toBeGreaterThan(step.tokens.expiresAt);
    r.sessions.stop();
    await r.proxy.close();
  });
});

function sleepUntil(epochMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, epochMs - Date.now())));
}

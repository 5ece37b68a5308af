import { describe, expect, it } from 'vitest';
import { buildStatusRows } from '../../src/main/token-manager/status-rows';
import {
  cachedSession,
  mergeSessionStates,
  type CachedSession,
} from '../../src/main/token-manager/status';
import { ProfileSchema, type Profile } from '../../src/shared/profile';
import { isUnknownSession, type SessionState } from '../../src/shared/session';

const NOW = 1_700_000_000_000;
const profile = (id: string, name: string): Profile =>
  ProfileSchema.parse({
    id,
    name,
    userPoolId: 'us-east-1_Pool1',
    clientId: 'client1',
    username: `${id}@example.com`,
  });
const profiles = [profile('a', 'alpha'), profile('b', 'beta'), profile('c', 'gamma')];

describe('cachedSession', () => {
  it('shows cached tokens as signed in with their expiry and user', () => {
    const tokens = { idToken: 'i', accessToken: 'a', expiresAt: NOW + 90_000, username: 'ada' };
    expect(cachedSession(tokens)).toEqual({
      state: { status: 'signed-in', expiresAt: NOW + 90_000, username: 'ada' },
    });
  });

  it('has no expiry for a refresh token alone', () => {
    const refreshOnly = {
      idToken: '',
      accessToken: '',
      refreshToken: 'r',
      expiresAt: 0,
      username: '',
    };
    expect(cachedSession(refreshOnly)).toEqual({
      state: { status: 'signed-in', expiresAt: 0, username: '' },
    });
  });
});

describe('mergeSessionStates with buildStatusRows', () => {
  it('live states win, unknown sessions show the cache, the rest stay signed out', () => {
    const live = new Map<string, SessionState>([
      ['a', { status: 'refreshing', expiresAt: NOW + 10_000, username: 'alice' }],
      ['b', { status: 'signed-out' }],
      ['c', { status: 'signed-out' }],
    ]);
    const cached = new Map<string, CachedSession>([
      ['a', { state: { status: 'signed-in', expiresAt: NOW + 999_000, username: 'stale' } }],
      ['b', { state: { status: 'signed-in', expiresAt: NOW + 125_000, username: 'bob' } }],
    ]);
    const views = mergeSessionStates(
      profiles,
      (id) => live.get(id) ?? { status: 'signed-out' },
      cached,
    );
    const rows = buildStatusRows(profiles, views, NOW);
    // The user column stays as typed; the session's internal name (live wins) rides apart.
    expect(rows.map((r) => [r.name, r.username, r.internalUsername, r.state, r.expiresIn])).toEqual(
      [
        ['alpha', 'a@example.com', 'alice', 'refreshing', '10s'],
        ['beta', 'b@example.com', 'bob', 'signed-in', '2m 05s'],
        ['gamma', 'c@example.com', undefined, 'signed-out', '-'],
      ],
    );
  });

  it('a signed-out state with a reason is known: the cache does not override it', () => {
    const reason = 'The refresh token was refused: sign in again.';
    const cached = new Map<string, CachedSession>([
      ['a', { state: { status: 'signed-in', expiresAt: NOW + 60_000, username: 'a' } }],
    ]);
    const views = mergeSessionStates(profiles, () => ({ status: 'signed-out', reason }), cached);
    expect(views.get('a')).toEqual({ status: 'signed-out', reason });
    expect(isUnknownSession({ status: 'signed-out', reason })).toBe(false);
  });

  it('expired cached tokens read as expired, still signed in (the next use refreshes)', () => {
    const cached = new Map<string, CachedSession>([
      ['c', cachedSession({ idToken: 'i', accessToken: 'a', expiresAt: NOW - 1, username: 'cy' })],
    ]);
    const rows = buildStatusRows(
      profiles,
      mergeSessionStates(profiles, () => ({ status: 'signed-out' }), cached),
      NOW,
    );
    expect(rows.find((r) => r.profileId === 'c')).toMatchObject({
      state: 'signed-in',
      expiresIn: 'expired',
      username: 'c@example.com',
      internalUsername: 'cy',
    });
  });
});

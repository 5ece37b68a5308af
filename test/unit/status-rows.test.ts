import { describe, expect, it } from 'vitest';
import { ProfileSchema, type Profile } from '../../src/shared/profile';
import { buildStatusRows } from '../../src/main/token-manager/status-rows';
import type { SessionState } from '../../src/shared/session';
import { timeLeftText } from '../../src/shared/session-words';

const profile = (id: string, name: string, userPoolId: string): Profile =>
  ProfileSchema.parse({ id, name, userPoolId, clientId: 'client1', username: `${id}-user` });

const profiles = [
  profile('b', 'beta', 'eu-west-1_B1'),
  profile('a', 'Alpha', 'us-east-1_A1'),
  profile('c', 'gamma 10', 'ap-south-1_C1'),
  profile('d', 'gamma 9', 'ap-south-1_D1'),
];

describe('buildStatusRows', () => {
  it('lists every profile signed out when there are no sessions, sorted by name', () => {
    expect(buildStatusRows(profiles)).toEqual([
      {
        profileId: 'a',
        name: 'Alpha',
        region: 'us-east-1',
        signIn: 'password',
        username: 'a-user',
        state: 'signed-out',
        expiresIn: '-',
        status: 'signed-out',
        memoryOnly: false,
        user: 'a-user',
      },
      {
        profileId: 'b',
        name: 'beta',
        region: 'eu-west-1',
        signIn: 'password',
        username: 'b-user',
        state: 'signed-out',
        expiresIn: '-',
        status: 'signed-out',
        memoryOnly: false,
        user: 'b-user',
      },
      {
        profileId: 'd',
        name: 'gamma 9',
        region: 'ap-south-1',
        signIn: 'password',
        username: 'd-user',
        state: 'signed-out',
        expiresIn: '-',
        status: 'signed-out',
        memoryOnly: false,
        user: 'd-user',
      },
      {
        profileId: 'c',
        name: 'gamma 10',
        region: 'ap-south-1',
        signIn: 'password',
        username: 'c-user',
        state: 'signed-out',
        expiresIn: '-',
        status: 'signed-out',
        memoryOnly: false,
        user: 'c-user',
      },
    ]);
  });

  it('shows session state, the user as typed and the time left', () => {
    const now = 1_000_000;
    const sessions = new Map<string, SessionState>([
      ['a', { status: 'signed-in', expiresAt: now + 754_000, username: 'alice' }],
      ['b', { status: 'refreshing', expiresAt: now - 1, username: 'b-user' }],
      ['c', { status: 'signing-in' }],
    ]);
    const rows = buildStatusRows(profiles, sessions, now);
    expect(rows.map((r) => [r.name, r.username, r.state, r.expiresIn])).toEqual([
      ['Alpha', 'a-user', 'signed-in', '12m 34s'],
      ['beta', 'b-user', 'refreshing', 'expired'],
      ['gamma 9', 'd-user', 'signed-out', '-'],
      ['gamma 10', 'c-user', 'signing-in', '-'],
    ]);
  });

  it('keeps the USER column as typed whatever the sign-in state, naming the internal user apart', () => {
    const now = 1_000_000;
    const signedIn = buildStatusRows(
      profiles,
      new Map([['a', { status: 'signed-in', expiresAt: now + 1000, username: 'uuid-of-a' }]]),
      now,
    );
    const signedOut = buildStatusRows(profiles, new Map(), now);
    const alpha = (rows: typeof signedIn) => rows.find((r) => r.name === 'Alpha');
    expect(alpha(signedIn)?.username).toBe('a-user');
    expect(alpha(signedOut)?.username).toBe('a-user');
    expect(alpha(signedIn)?.internalUsername).toBe('uuid-of-a');
    expect(alpha(signedOut)).not.toHaveProperty('internalUsername');
  });
});

describe('the values beside the display text', () => {
  const browser = ProfileSchema.parse({
    id: 'w',
    name: 'web',
    signIn: 'browser',
    domain: 'https://myapp.auth.us-east-1.amazoncognito.com',
    userPoolId: 'us-east-1_Pool1',
    clientId: 'client1',
  });
  const m2m = ProfileSchema.parse({
    id: 'm',
    name: 'bot',
    signIn: 'client-credentials',
    hasClientSecret: true,
    domain: 'https://myapp.auth.us-east-1.amazoncognito.com',
    userPoolId: 'us-east-1_Pool1',
    clientId: 'client2',
  });

  it("names a browser profile's signed-in user by email, else by Cognito's name, and M2M by none", () => {
    const now = 1_000_000;
    const byEmail = buildStatusRows(
      [browser, m2m],
      new Map<string, SessionState>([
        ['w', { status: 'signed-in', expiresAt: now + 61_000, username: 'Google_123' }],
        ['m', { status: 'signed-in', expiresAt: now + 61_000, username: 'client2' }],
      ]),
      now,
      // The ID token's email, read from the keychain's tokens.
      new Map([['w', 'ada@example.com']]),
    );
    expect(byEmail.map((r) => [r.name, r.user, r.username, r.status, r.expiresAt])).toEqual([
      ['bot', null, 'app client (M2M)', 'signed-in', now + 61_000],
      ['web', 'ada@example.com', 'ada@example.com', 'signed-in', now + 61_000],
    ]);
    const federated = buildStatusRows(
      [browser],
      new Map([['w', { status: 'signed-in', expiresAt: now + 1, username: 'Google_123' }]]),
      now,
    );
    expect(federated[0]?.user).toBe('Google_123');
  });

  it('has no expiry for a session that holds only its refresh token', () => {
    const [row] = buildStatusRows(
      [browser],
      new Map([['w', { status: 'signed-in', expiresAt: 0, username: '' } as const]]),
      5,
    );
    expect(row).toMatchObject({ expiresIn: '-', status: 'signed-in', user: null });
    expect(row).not.toHaveProperty('expiresAt');
  });
});

describe('the words', () => {
  it('says when a session lives in memory only because the keychain refused it', () => {
    const sessions = new Map<string, SessionState>([
      ['a', { status: 'signed-in', expiresAt: 60_000, username: 'ann', memoryOnly: true }],
    ]);
    const [row] = buildStatusRows(profiles, sessions, 0);
    expect(row?.state).toBe('signed-in (kept in memory only)');
  });

  it('uses the two largest units', () => {
    expect(timeLeftText(0)).toBe('expired');
    expect(timeLeftText(999)).toBe('0s');
    expect(timeLeftText(45_000)).toBe('45s');
    expect(timeLeftText(65_000)).toBe('1m 05s');
    expect(timeLeftText(3_900_000)).toBe('1h 05m');
  });
});

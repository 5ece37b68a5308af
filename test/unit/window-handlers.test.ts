// The plain-Node pieces behind the window's channels: token summaries (masked, drift-shifted),
// the settings record and its migration, session rows, and handlers that wait for start-up.
import { describe, expect, it } from 'vitest';
import { deferHandlers } from '../../src/main/handlers/deferred-handlers';
import { inLocalTime, sessionRow } from '../../src/shared/session';
import { maskToken, summarizeToken } from '../../src/main/handlers/token-summary';
import { ProfileError } from '../../src/shared/errors';
import {
  APP_SETTINGS_VERSION,
  loadAppSettings,
  migrateAppSettings,
  saveAppSettings,
  type SettingsAccess,
} from '../../src/main/settings/app-settings';
import { TokenSummarySchema } from '../../src/shared/contract-views';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { handlersWith } from '../support/contract-handlers';

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part(claims)}.c2lnbmF0dXJlLXNpZ25hdHVyZQ`;
}

describe('token summaries', () => {
  it('show the first 8 and last 4 characters only', () => {
    const token = jwt({ sub: 'abc' });
    expect(maskToken(token)).toBe(`${token.slice(0, 8)}…${token.slice(-4)}`);
    expect(maskToken('short')).toBe('…');
  });

  it('decode the claims a person reads, times in local ms after the drift', () => {
    const token = jwt({
      sub: 'u-1',
      'cognito:username': 'ada',
      email: 'ada@example.org',
      'cognito:groups': ['admins', 7],
      scope: 'openid profile',
      client_id: 'client1',
      token_use: 'access',
      iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_X',
      auth_time: 1_000,
      iat: 1_000,
      exp: 4_600,
    });
    expect(summarizeToken(token, 2_000)).toMatchObject({
      preview: maskToken(token),
      sub: 'u-1',
      username: 'ada',
      email: 'ada@example.org',
      groups: ['admins'],
      scopes: ['openid', 'profile'],
      clientId: 'client1',
      tokenUse: 'access',
      issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_X',
      authTime: 998_000,
      issuedAt: 998_000,
      expiresAt: 4_598_000,
    });
  });

  it("carry every claim in the token's order, custom ones too, with times in local ms", () => {
    const token = jwt({ sub: 'u-1', 'custom:team': 'blue', exp: 4_600, 'cognito:groups': ['a'] });
    const summary = summarizeToken(token, 2_000);
    expect(summary.claims).toEqual([
      { name: 'sub', value: 'u-1' },
      { name: 'custom:team', value: 'blue' },
      { name: 'exp', value: '4600', at: 4_598_000 },
      { name: 'cognito:groups', value: '["a"]' },
    ]);
    expect(JSON.parse(summary.header)).toEqual({ alg: 'RS256' });
    expect(JSON.parse(summary.payload)).toEqual({
      sub: 'u-1',
      'custom:team': 'blue',
      exp: 4_600,
      'cognito:groups': ['a'],
    });
    // Header and payload only: the signature, which makes it a usable token, never leaves main.
    expect(`${summary.header}${summary.payload}`).not.toContain('c2lnbmF0dXJl');
    expect(TokenSummarySchema.safeParse(summary).success).toBe(true);
  });

  it('cut an absurdly long claim to the contract size instead of failing the reply', () => {
    const summary = summarizeToken(jwt({ email: 'x'.repeat(5000), big: 'y'.repeat(40_000) }));
    expect(summary.email?.length).toBe(320);
    expect(TokenSummarySchema.safeParse(summary).success).toBe(true);
  });
});

describe('app settings record', () => {
  function memory(
    initial: Record<string, unknown> = {},
  ): SettingsAccess & { stored: Record<string, unknown> } {
    const stored = { ...initial };
    return {
      stored,
      storedSettings: () => stored,
      updateStoredSettings: (patch) => Object.assign(stored, patch),
    };
  }

  it('gives the defaults when nothing is stored, or something unreadable', () => {
    expect(loadAppSettings(memory())).toEqual(DEFAULT_SETTINGS);
    expect(loadAppSettings(memory({ app: 'garbage' }))).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates an unversioned record (values at the top) and keeps good keys of a bad one', () => {
    expect(migrateAppSettings({ clipboardClearSeconds: 60, closeToTray: 'maybe' })).toEqual({
      version: APP_SETTINGS_VERSION,
      values: { ...DEFAULT_SETTINGS, clipboardClearSeconds: 60 },
    });
  });

  it('stores a change as a versioned record beside other owners keys, and refuses a bad one', () => {
    const access = memory({ other: 1 });
    expect(
      saveAppSettings(access, { clipboardClearSeconds: null }).clipboardClearSeconds,
    ).toBeNull();
    expect(access.stored).toEqual({
      other: 1,
      app: { version: 1, values: { ...DEFAULT_SETTINGS, clipboardClearSeconds: null } },
    });
    expect(() => saveAppSettings(access, { clipboardClearSeconds: 45 as 30 })).toThrow();
    expect(loadAppSettings(access).clipboardClearSeconds).toBeNull();
  });
});

describe('session rows', () => {
  it('carry the state, a positive expiry, the reason and the memory-only flag', () => {
    const signedIn = {
      status: 'signed-in',
      expiresAt: 5,
      username: 'u',
      memoryOnly: true,
    } as const;
    expect(sessionRow('p', { status: 'signed-out' })).toEqual({
      profileId: 'p',
      status: 'signed-out',
    });
    expect(sessionRow('p', signedIn)).toEqual({
      profileId: 'p',
      status: 'signed-in',
      expiresAt: 5,
      memoryOnly: true,
    });
    expect(sessionRow('p', { status: 'signed-in', expiresAt: 0, username: 'u' })).toEqual({
      profileId: 'p',
      status: 'signed-in',
    });
    expect(sessionRow('p', { status: 'error', reason: 'Refresh failed.' })).toMatchObject({
      reason: 'Refresh failed.',
    });
    expect(sessionRow('p', { status: 'signing-in', challenge: 'SMS_MFA' })).toEqual({
      profileId: 'p',
      status: 'signing-in',
    });
  });

  it('move a known expiry into local time and leave "none known" alone', () => {
    const state = { status: 'refreshing', expiresAt: 10_000, username: 'u' } as const;
    expect(sessionRow('p', inLocalTime(state, 3_000))).toMatchObject({ expiresAt: 7_000 });
    const refreshOnly = { status: 'signed-in', expiresAt: 0, username: 'u' } as const;
    expect(inLocalTime(refreshOnly, 3_000)).toBe(refreshOnly);
  });
});

describe('deferred handlers', () => {
  it('wait for the real handlers, then call them', async () => {
    let open: (handlers: ReturnType<typeof handlersWith>) => void = () => undefined;
    const deferred = deferHandlers(new Promise((resolve) => (open = resolve)));
    const answer = deferred['ctm:app-info']({});
    open(handlersWith());
    await expect(answer).resolves.toMatchObject({ name: 'Cognito Token Manager' });
  });

  it('answer with the start-up failure when the TokenManager did not open', async () => {
    const failure = new ProfileError(
      'store-newer-version',
      'The profile file is from a newer version.',
    );
    // No catch here: deferHandlers must mark the rejection handled itself, or a TokenManager
    // that fails to open before any call would be an unhandled rejection in main.
    const deferred = deferHandlers(Promise.reject(failure));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(deferred['ctm:list-profiles']({})).rejects.toBe(failure);
  });
});

import { describe, expect, it } from 'vitest';
import { buildTrayMenu, SWITCH_LIMIT } from '../../src/main/tray/build-tray-menu';
import type { TrayItem, TrayProfile, TrayState } from '../../src/main/tray/tray-model';
import type { SessionState } from '../../src/shared/session';

const NOW = Date.UTC(2026, 11, 4, 12, 0, 0);
const profile = (id: string, region = 'us-east-2'): TrayProfile => ({
  id,
  name: id,
  region,
  username: `${id}@example.com`,
});

function state(overrides: Partial<TrayState> = {}): TrayState {
  return {
    profiles: [],
    sessions: new Map(),
    recent: [],
    keychain: { ok: true },
    platform: 'linux',
    showTitle: false,
    now: NOW,
    ...overrides,
  };
}

const labels = (items: readonly TrayItem[]) =>
  items.map((item) => (item.type === 'separator' ? '---' : item.label));
const find = (items: readonly TrayItem[], label: string) =>
  items.find((item) => item.type !== 'separator' && item.label === label);
const signedIn = (minutes: number): SessionState => ({
  status: 'signed-in',
  expiresAt: NOW + minutes * 60_000,
  username: 'internal-user',
});

describe('buildTrayMenu', () => {
  it('with no profiles offers to add one, and Open, Settings and Quit are always there', () => {
    const menu = buildTrayMenu(state());
    expect(labels(menu.items)).toEqual([
      'No profiles yet',
      'Add a profile…',
      '---',
      'Open Cognito Token Manager',
      'Settings…',
      'Quit',
    ]);
    expect(menu.tooltip).toBe('Cognito Token Manager: no active profile');
  });

  it('puts the active profile first: info line, the three copies and Refresh now', () => {
    const dev = profile('dev');
    const menu = buildTrayMenu(
      state({
        profiles: [dev],
        activeProfileId: 'dev',
        recent: ['dev'],
        sessions: new Map([['dev', signedIn(42)]]),
      }),
    );
    expect(labels(menu.items).slice(0, 6)).toEqual([
      'dev · us-east-2 · expires in 42 min',
      'Copy ID token',
      'Copy access token',
      'Copy Authorization header',
      'Refresh now',
      '---',
    ]);
    expect(menu.items[0]).toMatchObject({ type: 'header' });
    expect(find(menu.items, 'Copy Authorization header')).toMatchObject({
      action: { kind: 'copy', profileId: 'dev', token: 'id', format: 'header' },
    });
    expect(menu.tooltip).toBe('Cognito Token Manager: dev (us-east-2), expires in 42 min');
  });

  it('sends a copy on a signed-out profile to its sign-in, and offers no refresh', () => {
    const menu = buildTrayMenu(state({ profiles: [profile('dev')], activeProfileId: 'dev' }));
    expect(menu.items[0]).toMatchObject({ label: 'dev · us-east-2 · signed out' });
    expect(find(menu.items, 'Copy ID token')).toMatchObject({
      action: { kind: 'sign-in', profileId: 'dev' },
    });
    expect(find(menu.items, 'Refresh now')).toBeUndefined();
  });

  it('says what needs attention, and that a profile is refreshing', () => {
    const error: SessionState = { status: 'error', reason: 'The endpoint did not answer.' };
    const errored = buildTrayMenu(
      state({
        profiles: [profile('dev')],
        activeProfileId: 'dev',
        sessions: new Map([['dev', error]]),
      }),
    );
    expect(errored.items[0]).toMatchObject({
      label: 'dev · us-east-2 · needs attention: The endpoint did not answer.',
    });
    const refreshing = buildTrayMenu(
      state({
        profiles: [profile('dev')],
        activeProfileId: 'dev',
        sessions: new Map([
          ['dev', { status: 'refreshing', expiresAt: NOW + 1000, username: 'u' }],
        ]),
      }),
    );
    expect(refreshing.items[0]).toMatchObject({ label: 'dev · us-east-2 · refreshing…' });
    expect(find(refreshing.items, 'Copy ID token')).toMatchObject({ action: { kind: 'copy' } });
  });

  it('does not call a session whose short-lived tokens were wiped (a lock) expired', () => {
    const wiped = buildTrayMenu(
      state({
        profiles: [profile('dev')],
        activeProfileId: 'dev',
        sessions: new Map([['dev', { status: 'signed-in', expiresAt: 0, username: 'u' }]]),
      }),
    );
    expect(wiped.items[0]).toMatchObject({
      label: 'dev · us-east-2 · signed in, fresh tokens at the next copy',
    });
    expect(find(wiped.items, 'Copy ID token')).toMatchObject({ action: { kind: 'copy' } });
  });

  it('says when the keychain is unavailable, before anything else', () => {
    const menu = buildTrayMenu(state({ keychain: { ok: false, message: 'locked' } }));
    expect(menu.items[0]).toEqual({
      type: 'header',
      label: 'Keychain unavailable: sign-ins last until you quit',
    });
  });

  it('groups Switch profile by region, most recently used first, with the active one checked', () => {
    const profiles = [
      profile('a', 'eu-west-1'),
      profile('b', 'us-east-2'),
      profile('c', 'eu-west-1'),
    ];
    const menu = buildTrayMenu(state({ profiles, activeProfileId: 'b', recent: ['c', 'b', 'a'] }));
    const switcher = find(menu.items, 'Switch profile');
    if (switcher?.type !== 'submenu') throw new Error('no Switch profile submenu');
    expect(labels(switcher.items)).toEqual(['eu-west-1', 'c', 'a', '---', 'us-east-2', 'b']);
    expect(switcher.items.filter((i) => i.type === 'radio' && i.checked)).toHaveLength(1);
    expect(find(switcher.items, 'b')).toMatchObject({ checked: true, action: { kind: 'switch' } });
  });

  it('gives other recent profiles a submenu with copies and sign in or out', () => {
    const profiles = [profile('dev'), profile('prod', 'eu-central-1')];
    const menu = buildTrayMenu(
      state({
        profiles,
        activeProfileId: 'dev',
        recent: ['dev', 'prod'],
        sessions: new Map([['prod', signedIn(5)]]),
      }),
    );
    const prod = find(menu.items, 'prod (eu-central-1)');
    if (prod?.type !== 'submenu') throw new Error('no submenu for prod');
    expect(labels(prod.items)).toEqual([
      'expires in 5 min',
      'Copy ID token',
      'Copy access token',
      'Copy Authorization header',
      'Sign out',
    ]);
  });

  it(`cuts Switch profile at ${SWITCH_LIMIT} with More…, for 1,000 profiles in 20 regions`, () => {
    const profiles = Array.from({ length: 1000 }, (_, i) => profile(`p${i}`, `region-${i % 20}`));
    const menu = buildTrayMenu(state({ profiles, activeProfileId: 'p7', recent: ['p7', 'p3'] }));
    const switcher = find(menu.items, 'Switch profile');
    if (switcher?.type !== 'submenu') throw new Error('no Switch profile submenu');
    expect(switcher.items.filter((i) => i.type === 'radio')).toHaveLength(SWITCH_LIMIT);
    expect(switcher.items.at(-1)).toEqual({
      type: 'action',
      label: 'More…',
      action: { kind: 'open-list' },
    });
    expect(switcher.items[1]).toMatchObject({ label: 'p7' });
  });

  it('shows the minutes left as the title only on macOS and only when asked', () => {
    const base = {
      profiles: [profile('dev')],
      activeProfileId: 'dev',
      sessions: new Map([['dev', signedIn(42)]]),
    };
    expect(buildTrayMenu(state({ ...base, platform: 'darwin', showTitle: true })).title).toBe(
      '42m',
    );
    expect(buildTrayMenu(state({ ...base, platform: 'darwin' })).title).toBe('');
    expect(buildTrayMenu(state({ ...base, showTitle: true })).title).toBe('');
  });
});

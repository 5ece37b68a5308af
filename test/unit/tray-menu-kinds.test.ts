// The tray menu of browser and M2M profiles: an M2M profile has no ID token, fetches on copy,
// and its token is "forgotten" rather than signed out; a browser profile signs in in the window.
import { describe, expect, it } from 'vitest';
import { buildTrayMenu } from '../../src/main/tray/build-tray-menu';
import type { TrayItem, TrayProfile, TrayState } from '../../src/main/tray/tray-model';
import type { SessionState } from '../../src/shared/session';

const NOW = Date.UTC(2026, 11, 4, 12, 0, 0);
const bot: TrayProfile = {
  id: 'bot',
  name: 'orders bot',
  region: 'eu-west-1',
  username: 'app client (M2M)',
  signIn: 'client-credentials',
};
const web: TrayProfile = { ...bot, id: 'web', name: 'web', signIn: 'browser', username: 'ada' };
const signedIn: SessionState = { status: 'signed-in', expiresAt: NOW + 600_000, username: 'c1' };

function menu(active: TrayProfile, sessions: [string, SessionState][] = [], recent = ['bot']) {
  const state: TrayState = {
    profiles: [bot, web],
    sessions: new Map(sessions),
    activeProfileId: active.id,
    recent: [active.id, ...recent],
    keychain: { ok: true },
    platform: 'linux',
    showTitle: false,
    now: NOW,
  };
  return buildTrayMenu(state).items;
}
const actions = (items: readonly TrayItem[]) =>
  items.flatMap((item) => (item.type === 'action' ? [[item.label, item.action] as const] : []));
const submenu = (items: readonly TrayItem[], label: string) => {
  const found = items.find((item) => item.type === 'submenu' && item.label === label);
  if (found?.type !== 'submenu') throw new Error(`no ${label} submenu`);
  return found.items;
};

describe('buildTrayMenu with browser and M2M profiles', () => {
  it('an M2M profile copies its access token, fetching one first, and offers Get a token', () => {
    const items = menu(bot);
    expect(actions(items).slice(0, 3)).toEqual([
      ['Copy access token', { kind: 'copy', profileId: 'bot', token: 'access', format: 'raw' }],
      [
        'Copy Authorization header (access token)',
        { kind: 'copy', profileId: 'bot', token: 'access', format: 'header' },
      ],
      ['Get a token', { kind: 'get-token', profileId: 'bot' }],
    ]);
    expect(JSON.stringify(items)).not.toContain('ID token');
  });

  it('a signed-in M2M profile gets a new token, and its submenu forgets it', () => {
    const active = actions(menu(bot, [['bot', signedIn]]));
    expect(active[2]).toEqual(['Get a new token', { kind: 'refresh', profileId: 'bot' }]);
    const recent = submenu(menu(web, [['bot', signedIn]]), 'orders bot (eu-west-1)');
    expect(actions(recent).map(([label]) => label)).toEqual([
      'Copy access token',
      'Copy Authorization header (access token)',
      'Forget the token',
    ]);
    const signedOut = submenu(menu(web), 'orders bot (eu-west-1)');
    expect(actions(signedOut).at(-1)).toEqual([
      'Get a token',
      { kind: 'get-token', profileId: 'bot' },
    ]);
  });

  it('a signed-out browser profile opens the window at its sign-in', () => {
    const items = actions(menu(web, [], []));
    expect(items[0]).toEqual(['Copy ID token', { kind: 'sign-in', profileId: 'web' }]);
    expect(items.map(([label]) => label)).not.toContain('Get a token');
  });
});

describe('buildTrayMenu with an identity pool', () => {
  const pooled: TrayProfile = { ...web, id: 'pooled', name: 'pooled', hasIdentityPool: true };
  function activeItems(active: TrayProfile, sessions: [string, SessionState][]) {
    const state: TrayState = {
      profiles: [active],
      sessions: new Map(sessions),
      activeProfileId: active.id,
      recent: [active.id],
      keychain: { ok: true },
      platform: 'linux',
      showTitle: false,
      now: NOW,
    };
    return actions(buildTrayMenu(state).items);
  }

  it('offers Copy AWS credentials for the active profile, or its sign-in when signed out', () => {
    const copy = activeItems(pooled, [['pooled', signedIn]]).find(
      ([l]) => l === 'Copy AWS credentials',
    );
    expect(copy?.[1]).toEqual({ kind: 'copy-aws', profileId: 'pooled' });
    const out = activeItems(pooled, []).find(([l]) => l === 'Copy AWS credentials');
    expect(out?.[1]).toEqual({ kind: 'sign-in', profileId: 'pooled' });
    const labels = activeItems(web, [['web', signedIn]]).map(([l]) => l);
    expect(labels).not.toContain('Copy AWS credentials');
  });
});

// The tray menu as a pure function of the app's state: the active profile first (copy, info,
// refresh), "Switch profile" grouped by region with the most recently used first, the other
// recent profiles as submenus, then Open, Settings… and Quit. The TrayService renders it.
import { PRODUCT_NAME } from '../../shared/product';
import type { SessionState } from '../../shared/session';
import type { TrayAction, TrayItem, TrayMenu, TrayProfile, TrayState } from './tray-model';
import { trayStateText, trayTitleText } from '../../shared/session-words';
import { hasTokens, infoLine } from './tray-text';

/** Profiles listed under "Switch profile" before "More…" opens the window's list instead. */
export const SWITCH_LIMIT = 15;
/** Recent profiles other than the active one, each with its own submenu. */
export const RECENT_SUBMENUS = 4;

/**
 * Copy items of a profile; a signed-out profile's copy opens the window at its sign-in. An M2M
 * profile has only an access token, and a copy fetches one when none is held.
 */
function copyItems(profile: TrayProfile, state: SessionState | undefined): TrayItem[] {
  const m2m = profile.signIn === 'client-credentials';
  const copy = (label: string, token: 'id' | 'access', format: 'raw' | 'header'): TrayItem => ({
    type: 'action',
    label,
    action:
      m2m || hasTokens(state)
        ? { kind: 'copy', profileId: profile.id, token, format }
        : { kind: 'sign-in', profileId: profile.id },
  });
  if (m2m) {
    return [
      copy('Copy access token', 'access', 'raw'),
      copy('Copy Authorization header (access token)', 'access', 'header'),
    ];
  }
  return [
    copy('Copy ID token', 'id', 'raw'),
    copy('Copy access token', 'access', 'raw'),
    copy('Copy Authorization header', 'id', 'header'),
  ];
}

const action = (label: string, what: TrayAction): TrayItem => ({
  type: 'action',
  label,
  action: what,
});

function activeSection(profile: TrayProfile, state: SessionState | undefined, now: number) {
  const items: TrayItem[] = [{ type: 'header', label: infoLine(profile, state, now) }];
  items.push(...copyItems(profile, state));
  if (profile.hasIdentityPool) {
    const id = profile.id;
    items.push(
      action(
        'Copy AWS credentials',
        hasTokens(state) ? { kind: 'copy-aws', profileId: id } : { kind: 'sign-in', profileId: id },
      ),
    );
  }
  const m2m = profile.signIn === 'client-credentials';
  if (hasTokens(state)) {
    items.push(
      action(m2m ? 'Get a new token' : 'Refresh now', { kind: 'refresh', profileId: profile.id }),
    );
  } else if (m2m) {
    items.push(action('Get a token', { kind: 'get-token', profileId: profile.id }));
  }
  return items;
}

/** Sign in or out; an M2M token is fetched, and forgotten (Cognito cannot revoke it). */
function signInOrOut(profile: TrayProfile, state: SessionState | undefined): TrayItem {
  const id = profile.id;
  if (profile.signIn === 'client-credentials') {
    return hasTokens(state)
      ? action('Forget the token', { kind: 'sign-out', profileId: id })
      : action('Get a token', { kind: 'get-token', profileId: id });
  }
  return hasTokens(state)
    ? action('Sign out', { kind: 'sign-out', profileId: id })
    : action('Sign in…', { kind: 'sign-in', profileId: id });
}

function recentSubmenu(profile: TrayProfile, state: SessionState | undefined, now: number) {
  const items: TrayItem[] = [
    { type: 'header', label: trayStateText(state, now) },
    ...copyItems(profile, state),
    signInOrOut(profile, state),
  ];
  return { type: 'submenu', label: `${profile.name} (${profile.region})`, items } as const;
}

/** Profiles in most-recently-used order, the never-used ones after them by name. */
function byRecency(state: TrayState): TrayProfile[] {
  const rank = new Map(state.recent.map((id, i) => [id, i]));
  return [...state.profiles].sort((a, b) => {
    const ra = rank.get(a.id) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b.id) ?? Number.MAX_SAFE_INTEGER;
    return ra - rb || a.name.localeCompare(b.name);
  });
}

function switchSubmenu(state: TrayState, ordered: readonly TrayProfile[]): TrayItem {
  const shown = ordered.slice(0, SWITCH_LIMIT);
  // Regions in the order their most recent profile was used; profiles keep that order within.
  const regions = new Map<string, TrayProfile[]>();
  for (const profile of shown)
    regions.set(profile.region, [...(regions.get(profile.region) ?? []), profile]);
  const items: TrayItem[] = [];
  for (const [region, profiles] of regions) {
    if (items.length > 0) items.push({ type: 'separator' });
    items.push({ type: 'header', label: region });
    for (const profile of profiles) {
      items.push({
        type: 'radio',
        label: profile.name,
        checked: profile.id === state.activeProfileId,
        action: { kind: 'switch', profileId: profile.id },
      });
    }
  }
  if (ordered.length > SWITCH_LIMIT) {
    items.push(
      { type: 'separator' },
      { type: 'action', label: 'More…', action: { kind: 'open-list' } },
    );
  }
  return { type: 'submenu', label: 'Switch profile', items };
}

function tooltipOf(active: TrayProfile | undefined, state: SessionState | undefined, now: number) {
  if (!active) return `${PRODUCT_NAME}: no active profile`;
  return `${PRODUCT_NAME}: ${active.name} (${active.region}), ${trayStateText(state, now)}`;
}

/** Builds the tray menu, its tooltip and title from the state; pure and cheap (bench: 1,000 profiles). */
export function buildTrayMenu(state: TrayState): TrayMenu {
  const items: TrayItem[] = [];
  if (!state.keychain.ok) {
    items.push({ type: 'header', label: 'Keychain unavailable: sign-ins last until you quit' });
    items.push({ type: 'separator' });
  }
  const active = state.profiles.find((p) => p.id === state.activeProfileId);
  const activeState = active ? state.sessions.get(active.id) : undefined;
  if (active) items.push(...activeSection(active, activeState, state.now), { type: 'separator' });
  if (state.profiles.length === 0) {
    items.push({ type: 'header', label: 'No profiles yet' });
    items.push({ type: 'action', label: 'Add a profile…', action: { kind: 'open' } });
  } else {
    const ordered = byRecency(state);
    items.push(switchSubmenu(state, ordered));
    const recent = ordered
      .filter((p) => p.id !== state.activeProfileId && state.recent.includes(p.id))
      .slice(0, RECENT_SUBMENUS);
    for (const profile of recent)
      items.push(recentSubmenu(profile, state.sessions.get(profile.id), state.now));
  }
  items.push(
    { type: 'separator' },
    { type: 'action', label: `Open ${PRODUCT_NAME}`, action: { kind: 'open' } },
    { type: 'action', label: 'Settings…', action: { kind: 'settings' } },
    { type: 'action', label: 'Quit', action: { kind: 'quit' } },
  );
  const title =
    state.platform === 'darwin' && state.showTitle ? trayTitleText(activeState, state.now) : '';
  return { items, tooltip: tooltipOf(active, activeState, state.now), title };
}

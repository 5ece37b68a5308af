// The tray's "most recently used" order: profile ids, newest first, kept in the store's settings
// object (ids, not secrets) so the order survives a restart and the CLI never sees a change.
/** The settings key that holds the list. */
export const RECENT_KEY = 'trayRecent';
/** How many ids are kept. */
export const RECENT_LIMIT = 50;

/** Where the list is kept (the TokenManager gives access to the store's settings object). */
export interface RecentStore {
  storedSettings(): Readonly<Record<string, unknown>>;
  updateStoredSettings(patch: Readonly<Record<string, unknown>>): void;
}

/** The ids, newest first; anything unreadable reads as none. */
export function readRecent(store: RecentStore): string[] {
  const value: unknown = store.storedSettings()[RECENT_KEY];
  if (!Array.isArray(value)) return [];
  return value.filter((id): id is string => typeof id === 'string').slice(0, RECENT_LIMIT);
}

/** Moves `profileId` to the front; ids of profiles that no longer exist are dropped. */
export function touchRecent(
  store: RecentStore,
  profileId: string,
  existing: ReadonlySet<string>,
): string[] {
  const next = [profileId, ...readRecent(store).filter((id) => id !== profileId)]
    .filter((id) => existing.has(id))
    .slice(0, RECENT_LIMIT);
  store.updateStoredSettings({ [RECENT_KEY]: next });
  return next;
}

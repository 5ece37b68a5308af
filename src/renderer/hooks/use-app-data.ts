// The window's model: profiles, their sessions, settings and notices, re-read whenever main
// says something changed. Every value here is non-secret.
import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../shared/contract';
import type { Notices, ProfileView } from '../../shared/contract-views';
import type { SessionRow } from '../../shared/session';
import type { AppSettings } from '../../shared/settings';
import { bridge, call, NO_BRIDGE } from '../bridge';

/** Everything the window shows, once loaded. */
export interface AppData {
  profiles: ProfileView[];
  activeId: string | null;
  /** The profile used last (a copy or a sign-in), which the window opens on when none is active. */
  lastUsedId: string | null;
  sessions: ReadonlyMap<string, SessionRow>;
  settings: AppSettings | null;
  notices: Notices | null;
  info: ResponseOf<'ctm:app-info'> | null;
  /** Why the first load failed, in one sentence. */
  error: string | null;
  loaded: boolean;
}

const EMPTY: AppData = {
  profiles: [],
  activeId: null,
  lastUsedId: null,
  sessions: new Map(),
  settings: null,
  notices: null,
  info: null,
  error: null,
  loaded: false,
};

/** Loads the model and keeps it current; `reload` re-reads profiles and sessions. */
export function useAppData(): AppData & { reload: () => void } {
  const [data, setData] = useState<AppData>(EMPTY);

  const reload = useCallback(() => {
    return Promise.all([call((api) => api.listProfiles()), call((api) => api.sessionRows())]).then(
      ([list, rows]) => {
        setData((prev) => {
          if (!list.ok) return { ...prev, error: list.error.message, loaded: true };
          const sessions = new Map(rows.ok ? rows.value.rows.map((r) => [r.profileId, r]) : []);
          performance.mark('ctm:profiles-loaded');
          return { ...prev, ...list.value, sessions, error: null, loaded: true };
        });
      },
    );
  }, []);

  useEffect(() => {
    const api = bridge();
    if (!api) {
      setData({ ...EMPTY, error: NO_BRIDGE, loaded: true });
      return;
    }
    // The first list answers only once main has opened the keychain; the notices read before
    // it may still say "checking" (and its change event may have come before the page listened).
    const readNotices = () => {
      void api.notices().then((r) => {
        if (r.ok) setData((prev) => ({ ...prev, notices: r.value }));
      });
    };
    void reload().then(readNotices);
    void api.appInfo().then((r) => {
      if (r.ok) setData((prev) => ({ ...prev, info: r.value }));
    });
    void api.getSettings().then((r) => {
      if (r.ok) setData((prev) => ({ ...prev, settings: r.value }));
    });
    readNotices();
    const stops = [
      api.onProfilesChanged(() => void reload()),
      // A session event carries that profile's row, its expiry already in local time.
      api.onSessionChanged((row) => {
        setData((prev) => ({ ...prev, sessions: new Map(prev.sessions).set(row.profileId, row) }));
      }),
      api.onSettingsChanged((settings) => {
        setData((prev) => ({ ...prev, settings }));
        // A new global shortcut may have failed to register: the notices say so.
        readNotices();
      }),
      api.onKeychainChanged((keychain) => {
        setData((prev) => ({ ...prev, notices: { ...(prev.notices ?? {}), keychain } }));
      }),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [reload]);

  return {
    ...data,
    reload: () => {
      void reload();
    },
  };
}

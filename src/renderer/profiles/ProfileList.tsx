// The profile list: a filter box, then profiles grouped by region and pool, each with its
// state. Arrow keys move between profiles (one tab stop for the whole list); Enter opens one.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ProfileView, SessionRow } from '../../shared/contract-views';
import { useNow } from '../hooks/use-now';
import { groupProfiles } from './group-profiles';
import { sessionText, sessionTone } from './session-text';

/** What the list shows and what it reports. */
export interface ProfileListProps {
  profiles: ProfileView[];
  sessions: ReadonlyMap<string, SessionRow>;
  activeId: string | null;
  selectedId: string | null;
  onOpen: (profileId: string) => void;
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** The grouped, filterable profile list. */
export function ProfileList({
  profiles,
  sessions,
  activeId,
  selectedId,
  onOpen,
}: ProfileListProps) {
  const [filter, setFilter] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const now = useNow();
  const listRef = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => groupProfiles(profiles, filter), [profiles, filter]);
  const order = useMemo(() => groups.flatMap((g) => g.profiles.map((p) => p.id)), [groups]);
  // Performance marks for `npm run bench`: list committed, and each filter change committed.
  useEffect(() => {
    performance.mark('ctm:list-rendered');
  }, []);
  useEffect(() => {
    if (performance.getEntriesByName('ctm:filter-typed').length > 0) {
      performance.measure('ctm:filter', 'ctm:filter-typed');
      performance.clearMarks('ctm:filter-typed');
    }
  }, [filter]);
  const tabStop = order.includes(focusId ?? '')
    ? focusId
    : order.includes(selectedId ?? '')
      ? selectedId
      : order[0];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[event.key];
    if (!move || order.length === 0) return;
    event.preventDefault();
    const current = Math.max(0, order.indexOf(tabStop ?? ''));
    const next = order[move(current, order.length)] ?? null;
    setFocusId(next);
    listRef.current
      ?.querySelector<HTMLButtonElement>(`[data-profile-id="${CSS.escape(next ?? '')}"]`)
      ?.focus();
  };

  return (
    <nav className="profile-list" aria-label="Profiles">
      <div className="field filter">
        <label htmlFor="profile-filter">Filter profiles</label>
        <input
          id="profile-filter"
          type="search"
          value={filter}
          placeholder="Name, pool, region or user"
          onChange={(e) => {
            performance.mark('ctm:filter-typed');
            setFilter(e.target.value);
          }}
        />
      </div>
      <p className="list-count" aria-live="polite">
        {filter
          ? `${order.length} of ${profiles.length} profiles`
          : `${profiles.length} ${profiles.length === 1 ? 'profile' : 'profiles'}`}
      </p>
      <div ref={listRef} onKeyDown={onKeyDown}>
        {groups.map((group) => (
          <section
            className="pool-group"
            key={`${group.region}/${group.userPoolId}`}
            aria-label={`${group.region}, ${group.userPoolId}`}
          >
            <h3 className="group-title">
              <span className="region">{group.region || 'no region'}</span>
              {' · '}
              <span className="pool">{group.userPoolId}</span>
            </h3>
            <ul>
              {group.profiles.map((profile) => {
                const row = sessions.get(profile.id);
                return (
                  <li key={profile.id}>
                    <button
                      type="button"
                      className="profile-item"
                      data-profile-id={profile.id}
                      tabIndex={profile.id === tabStop ? 0 : -1}
                      aria-current={profile.id === selectedId ? 'true' : undefined}
                      onFocus={() => {
                        setFocusId(profile.id);
                      }}
                      onClick={() => {
                        onOpen(profile.id);
                      }}
                    >
                      <span className="profile-name">
                        {profile.name}
                        {profile.id === activeId ? (
                          <span className="active-mark"> (active)</span>
                        ) : null}
                      </span>
                      <span className="profile-user">{profile.username}</span>
                      <span className={`badge ${sessionTone(row)}`}>{sessionText(row, now)}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
      {order.length === 0 && profiles.length > 0 ? <p>No profile matches “{filter}”.</p> : null}
    </nav>
  );
}

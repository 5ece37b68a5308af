// The profile list: a filter box, then profiles grouped by region and pool, each with its
// state. Only the rows in view are rendered (TanStack Virtual), so 1,000 profiles cost what 20
// do. Arrow keys, Home and End move between profiles (one tab stop for the list); Enter opens.
// A signed-in profile's row copies its token in place; the list says what was copied.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ProfileView } from '../../shared/contract-views';
import type { SessionRow } from '../../shared/session';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { useNow } from '../hooks/use-now';
import { ErrorLine } from '../ui/ErrorLine';
import { copiedSentence } from '../tokens/copy-sentence';
import { flattenGroups, groupProfiles } from './group-profiles';
import { ProfileItem, type RowCopyKind } from './ProfileItem';

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

/** The grouped, filterable, virtualised profile list. */
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
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => flattenGroups(groupProfiles(profiles, filter)), [profiles, filter]);
  const order = useMemo(
    () => rows.flatMap((r) => (r.kind === 'profile' ? [r.profile.id] : [])),
    [rows],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    // Measured heights are kept by row key, not position: when a group is added above, a
    // heading must not inherit the height a profile had at its index (or rows overlap).
    getItemKey: (i) => rows[i]?.key ?? i,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? 36 : 78),
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const rendered = items.flatMap((v) => {
    const row = rows[v.index];
    return row?.kind === 'profile' ? [row.profile.id] : [];
  });
  const wanted = [focusId, selectedId].find((id) => id !== null && order.includes(id));
  // The tab stop must be an item that is rendered, or Tab would skip the list.
  const tabStop = wanted && rendered.includes(wanted) ? wanted : rendered[0];

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

  const focusProfile = (id: string) => {
    const index = rows.findIndex((r) => r.kind === 'profile' && r.profile.id === id);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // After the virtualiser has rendered the row.
    requestAnimationFrame(() => {
      scrollRef.current
        ?.querySelector<HTMLButtonElement>(`[data-profile-id="${CSS.escape(id)}"]`)
        ?.focus();
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[event.key];
    if (!move || order.length === 0) return;
    event.preventDefault();
    const current = Math.max(0, order.indexOf(wanted ?? order[0] ?? ''));
    const next = order[move(current, order.length)];
    if (next === undefined) return;
    setFocusId(next);
    focusProfile(next);
  };
  const onFocusItem = useCallback((id: string) => {
    setFocusId(id);
  }, []);
  const copyAction = useAction();
  const [copied, setCopied] = useState('');
  const { run } = copyAction;
  const onCopy = useCallback(
    (profile: ProfileView, kind: RowCopyKind) => {
      setCopied('');
      void run(
        () => call((api) => api.copyToken({ id: profile.id, kind, format: 'raw' })),
        ({ clearsInSeconds }) => {
          const what = `${kind === 'id' ? 'ID' : 'Access'} token of ${profile.name}`;
          setCopied(copiedSentence(what, clearsInSeconds));
        },
      );
    },
    [run],
  );

  return (
    <nav id="profile-list" className="profile-list" aria-label="Profiles">
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
      <p className="note list-note" role="status">
        {copied}
      </p>
      <ErrorLine error={copyAction.error} />
      <div className="list-scroll" ref={scrollRef} onKeyDown={onKeyDown}>
        <div className="list-space" role="list" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={row.key}
                role="listitem"
                className="list-row"
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.kind === 'group' ? (
                  <h3 className="group-title">
                    {row.region || 'no region'} · {row.userPoolId}
                  </h3>
                ) : (
                  <ProfileItem
                    profile={row.profile}
                    row={sessions.get(row.profile.id)}
                    active={row.profile.id === activeId}
                    selected={row.profile.id === selectedId}
                    tabStop={row.profile.id === tabStop}
                    now={now}
                    onOpen={onOpen}
                    onFocusItem={onFocusItem}
                    onCopy={onCopy}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
      {order.length === 0 && profiles.length > 0 ? <p>No profile matches “{filter}”.</p> : null}
    </nav>
  );
}

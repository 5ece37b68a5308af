// One profile in the list: its name (and whether it is active), its user and its state, as a
// button that opens it (Enter or a click); beside it, for a signed-in profile, the copy of its
// token, so the everyday copy needs no detail view. Only the list's current item and its copy
// button are tab stops.
import { memo } from 'react';
import type { ProfileView } from '../../shared/contract-views';
import type { SessionRow } from '../../shared/session';
import { windowSessionText } from '../../shared/session-words';
import { sessionTone } from './session-tone';
import { profileUserText } from '../../shared/sign-in-kinds';

/** Which token a row's copy button copies: the ID token, or an M2M profile's access token. */
export type RowCopyKind = 'id' | 'access';

/** What one item shows; `now` ticks the countdown. */
export interface ProfileItemProps {
  profile: ProfileView;
  row: SessionRow | undefined;
  active: boolean;
  selected: boolean;
  tabStop: boolean;
  now: number;
  onOpen: (profileId: string) => void;
  onFocusItem: (profileId: string) => void;
  onCopy: (profile: ProfileView, kind: RowCopyKind) => void;
}

/** The token a row offers to copy, or null when the profile holds none. */
export function rowCopyKind(profile: ProfileView, row: SessionRow | undefined): RowCopyKind | null {
  if (row?.status !== 'signed-in' && row?.status !== 'refreshing') return null;
  return profile.signIn === 'client-credentials' ? 'access' : 'id';
}

/** A profile's row; re-renders only when what it shows changes. */
export const ProfileItem = memo(function ProfileItem(props: ProfileItemProps) {
  const { profile, row } = props;
  const copy = rowCopyKind(profile, row);
  const tokenName = copy === 'access' ? 'access token' : 'ID token';
  return (
    <div className="profile-row">
      <button
        type="button"
        className={copy ? 'profile-item has-copy' : 'profile-item'}
        data-profile-id={profile.id}
        tabIndex={props.tabStop ? 0 : -1}
        aria-current={props.selected ? 'true' : undefined}
        onFocus={() => {
          props.onFocusItem(profile.id);
        }}
        onClick={() => {
          props.onOpen(profile.id);
        }}
      >
        <span className="profile-name">
          {profile.name}
          {props.active ? <span className="active-mark"> (active)</span> : null}
        </span>
        <span className="profile-user">{profileUserText(profile)}</span>
        <span className={`badge ${sessionTone(row)}`}>{windowSessionText(row, props.now)}</span>
      </button>
      {copy ? (
        <button
          type="button"
          className="row-copy"
          tabIndex={props.tabStop ? 0 : -1}
          aria-label={`Copy ${tokenName} of ${profile.name}`}
          onFocus={() => {
            props.onFocusItem(profile.id);
          }}
          onClick={() => {
            props.onCopy(profile, copy);
          }}
        >
          Copy {tokenName}
        </button>
      ) : null}
    </div>
  );
});

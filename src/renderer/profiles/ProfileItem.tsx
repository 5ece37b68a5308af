// One profile in the list: its name (and whether it is active), its user and its state. A
// button: Enter or a click opens it; only the list's current item is a tab stop.
import { memo } from 'react';
import type { ProfileView, SessionRow } from '../../shared/contract-views';
import { sessionText, sessionTone } from './session-text';
import { profileUserText } from '../../shared/sign-in-kinds';

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
}

/** A profile's button; re-renders only when what it shows changes. */
export const ProfileItem = memo(function ProfileItem(props: ProfileItemProps) {
  const { profile, row } = props;
  return (
    <button
      type="button"
      className="profile-item"
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
      <span className={`badge ${sessionTone(row)}`}>{sessionText(row, props.now)}</span>
    </button>
  );
});

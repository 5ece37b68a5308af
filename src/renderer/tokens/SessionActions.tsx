// The session buttons under the tokens: refresh, sign out (here or everywhere, which asks
// first and says what it does), change password.
// Each kind gets only what is true for it: an M2M token cannot be revoked, so it is "forgotten",
// and passwords belong to password profiles (the managed login owns a browser user's).
import { useState } from 'react';
import type { ProfileView } from '../../shared/contract-views';
import { call } from '../bridge';
import type { Action } from '../hooks/use-action';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Spinner } from '../ui/Spinner';
import { ChangePassword } from './ChangePassword';

/** The buttons and what they say afterwards (through `onNote`). */
export function SessionActions(props: {
  profile: ProfileView;
  act: Action;
  /** When the current access token runs out, in local time (said after forgetting an M2M one). */
  expiresAt: number;
  onNote: (message: string) => void;
  onRefreshed: () => void;
  onSignedOut: (message: string) => void;
}) {
  const { profile, act, onNote } = props;
  const [changing, setChanging] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const m2m = profile.signIn === 'client-credentials';

  const signOut = (everywhere: boolean) => {
    void act.run(
      () => call((api) => api.signOut({ id: profile.id, everywhere })),
      (outcome) => {
        const parts = [everywhere ? 'Signed out on every device.' : 'Signed out.'];
        if (m2m) {
          const until = new Date(props.expiresAt).toLocaleTimeString();
          parts[0] = `Token forgotten. Cognito cannot revoke an access token from app client credentials: a copy of it stays valid until it expires at ${until}.`;
        }
        if (outcome.unconfirmed) parts[0] = `Signed out here; ${outcome.unconfirmed}`;
        if (outcome.notRemoved) parts.push(outcome.notRemoved);
        if (outcome.device) parts.push(outcome.device);
        props.onSignedOut(parts.join(' '));
      },
    );
  };
  const button = (label: string, onClick: () => void, disabled = act.pending) => (
    <button type="button" disabled={disabled} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <>
      <div className="button-row" role="group" aria-label="Session">
        {button(m2m ? 'Get a new token' : 'Refresh now', () => {
          void act.run(
            () => call((api) => api.refreshNow({ id: profile.id })),
            () => {
              onNote(m2m ? 'New access token fetched.' : 'Tokens refreshed.');
              props.onRefreshed();
            },
          );
        })}
        {button(m2m ? 'Forget the token' : 'Sign out', () => {
          signOut(false);
        })}
        {m2m
          ? null
          : button('Sign out everywhere', () => {
              setConfirming(true);
            })}
        {profile.signIn === 'password'
          ? button(
              'Change password',
              () => {
                setChanging(true);
              },
              false,
            )
          : null}
        {act.pending ? <Spinner label="Working" /> : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          title="Sign out everywhere?"
          question={`Cognito ends every session of ${profile.username ?? 'this user'}: on every device and in every app that signs in to this user pool, its refresh tokens stop working and each must sign in again. Tokens already handed out stay valid until they expire wherever only their signature is checked.`}
          confirmLabel="Sign out everywhere"
          onCancel={() => {
            setConfirming(false);
          }}
          onConfirm={() => {
            setConfirming(false);
            signOut(true);
          }}
        />
      ) : null}
      {changing ? (
        <ChangePassword
          profileId={profile.id}
          onDone={(message) => {
            setChanging(false);
            onNote(message);
          }}
        />
      ) : null}
    </>
  );
}

// One profile: who and where, its state, and its main action up front: "Copy ID token" when
// signed in (the token view), else "Sign in", which with a remembered password signs in at once.
// Beside the name: make it active, edit it, delete it (after a confirmation).
import { useEffect, useState } from 'react';
import type { ProfileView } from '../../shared/contract-views';
import type { SessionRow } from '../../shared/session';
import { windowSessionText } from '../../shared/session-words';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { useNow } from '../hooks/use-now';
import { TokenView } from '../tokens/TokenView';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorLine } from '../ui/ErrorLine';
import { ProfileChecks } from './ProfileChecks';
import { profileUserText } from '../../shared/sign-in-kinds';

/** What the detail shows and where its buttons lead. */
export interface ProfileDetailProps {
  profile: ProfileView;
  row: SessionRow | undefined;
  active: boolean;
  /** Focus the main button once it is drawn (at launch, after a sign-in). */
  focusMain: boolean;
  onSignIn: () => void;
  onEdit: (field?: string) => void;
  onDeleted: (message: string) => void;
}

/** The selected profile's pane. */
export function ProfileDetail({
  profile,
  row,
  active,
  focusMain,
  onSignIn,
  onEdit,
  onDeleted,
}: ProfileDetailProps) {
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const action = useAction();
  const now = useNow();
  const signedIn = row?.status === 'signed-in' || row?.status === 'refreshing';

  return (
    <div className="detail">
      <header className="detail-head">
        <h2>
          {profile.name} {active ? <span className="active-mark">(active)</span> : null}
        </h2>
        <div className="button-row compact" role="group" aria-label="Profile">
          {!active ? (
            <button
              type="button"
              disabled={action.pending}
              onClick={() => {
                void action.run(() => call((api) => api.setActiveProfile({ id: profile.id })));
              }}
            >
              Make active
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => {
              onEdit();
            }}
          >
            Edit
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(true);
            }}
          >
            Delete
          </button>
        </div>
      </header>
      <p className="meta">
        {profileUserText(profile)} · {profile.userPoolId} · {profile.region} · client{' '}
        {profile.clientId}
      </p>
      {profile.signIn !== 'password' ? <ManagedLoginMeta profile={profile} /> : null}
      <ErrorLine error={action.error} />
      {note ? (
        <p className="note" role="status">
          {note}
        </p>
      ) : null}
      {signedIn ? (
        <TokenView
          profile={profile}
          refreshKey={`${row.status}:${row.expiresAt ?? 0}`}
          focusMain={focusMain}
          onSignedOut={setNote}
        />
      ) : (
        <SignedOut
          profile={profile}
          // The note already says how the session ended: the state is not said twice.
          state={note ? null : windowSessionText(row, now)}
          focusMain={focusMain}
          onSignIn={onSignIn}
        />
      )}
      <ProfileChecks profileId={profile.id} onFix={onEdit} />
      {confirming ? (
        <ConfirmDialog
          title={`Delete ${profile.name}?`}
          question="The profile, its tokens and any secret it keeps in the keychain are removed from this computer. The user in Cognito is not touched."
          confirmLabel="Delete profile"
          onCancel={() => {
            setConfirming(false);
          }}
          onConfirm={() => {
            setConfirming(false);
            void action.run(
              () => call((api) => api.removeProfile({ id: profile.id })),
              (outcome) => {
                const notes = [outcome.notRemoved, outcome.device, outcome.notRevoked].filter(
                  Boolean,
                );
                onDeleted([`Deleted ${outcome.name}.`, ...notes].join(' '));
              },
            );
          }}
        />
      ) : null}
    </div>
  );
}

/** A profile without tokens: its state, and the one button that gets them. */
function SignedOut(props: {
  profile: ProfileView;
  state: string | null;
  focusMain: boolean;
  onSignIn: () => void;
}) {
  const { profile } = props;
  const [remembered, setRemembered] = useState(false);
  useEffect(() => {
    if (profile.signIn !== 'password' || !profile.rememberPassword) return;
    void call((api) => api.hasRememberedPassword({ id: profile.id })).then((r) => {
      if (r.ok) setRemembered(r.value.remembered);
    });
  }, [profile.id, profile.signIn, profile.rememberPassword]);
  return (
    <>
      {props.state ? <p className="state">{props.state}</p> : null}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          autoFocus={props.focusMain}
          onClick={props.onSignIn}
        >
          {profile.signIn === 'client-credentials' ? 'Get a token' : 'Sign in'}
        </button>
        {remembered ? (
          <span className="hint">With the password remembered in the keychain.</span>
        ) : null}
      </div>
    </>
  );
}

/** Where a browser or M2M profile signs in, and with which scopes. */
function ManagedLoginMeta({ profile }: { profile: ProfileView }) {
  const scopes = profile.scopes?.join(' ') ?? 'every scope the app client is allowed';
  return (
    <p className="meta">
      {profile.signIn === 'browser' ? 'Browser sign-in' : 'App client credentials (M2M)'} at{' '}
      {profile.domain} · scopes: {scopes}
      {profile.redirectUri ? ` · redirect ${profile.redirectUri}` : ''}
      {profile.identityProvider ? ` · via ${profile.identityProvider}` : ''}
    </p>
  );
}

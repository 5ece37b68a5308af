// The sign-in conversation: the password, then each challenge on its own screen, until main
// says signed in. Cancel drops the pending sign-in in main too, so nothing is left waiting.
// Browser and M2M profiles have screens of their own.
import { useEffect, useState } from 'react';
import type { SignInStepView, ProfileView } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { BrowserSignIn } from './BrowserSignIn';
import { ChallengeForm } from './ChallengeForm';
import { ClientCredentialsSignIn } from './ClientCredentialsSignIn';
import { ForgotPassword } from './ForgotPassword';
import { PasswordForm } from './PasswordForm';
import { RememberDevice } from './RememberDevice';

type Screen =
  | { kind: 'password' }
  | { kind: 'forgot' }
  | { kind: 'remember-device' }
  | { kind: 'challenge'; step: Extract<SignInStepView, { type: 'challenge' }> };

interface SignInProps {
  profile: ProfileView;
  onSignedIn: () => void;
  onCancel: () => void;
}

/** Runs a sign-in for `profile`; `onSignedIn` when it ends with tokens, `onCancel` otherwise. */
export function SignIn(props: SignInProps) {
  if (props.profile.signIn === 'browser') return <BrowserSignIn {...props} />;
  if (props.profile.signIn === 'client-credentials') return <ClientCredentialsSignIn {...props} />;
  return <PasswordSignIn {...props} />;
}

function PasswordSignIn({ profile, onSignedIn, onCancel }: SignInProps) {
  const [screen, setScreen] = useState<Screen>({ kind: 'password' });
  const [remembered, setRemembered] = useState(false);
  const [note, setNote] = useState('');
  const action = useAction();

  useEffect(() => {
    if (!profile.rememberPassword) return;
    void call((api) => api.hasRememberedPassword({ id: profile.id })).then((r) => {
      if (r.ok) setRemembered(r.value.remembered);
    });
  }, [profile.id, profile.rememberPassword]);

  const advance = (step: SignInStepView) => {
    if (step.type === 'signed-in' && step.askRememberDevice) setScreen({ kind: 'remember-device' });
    else if (step.type === 'signed-in') onSignedIn();
    else setScreen({ kind: 'challenge', step });
  };
  const cancel = () => {
    void call((api) => api.cancelSignIn({ id: profile.id }));
    onCancel();
  };

  if (screen.kind === 'remember-device') {
    return <RememberDevice profileId={profile.id} onDone={onSignedIn} />;
  }
  if (screen.kind === 'forgot') {
    return (
      <ForgotPassword
        profile={profile}
        onDone={(message) => {
          setNote(message);
          setScreen({ kind: 'password' });
        }}
      />
    );
  }
  if (screen.kind === 'challenge') {
    return (
      <ChallengeForm
        key={`${screen.step.challenge}-${screen.step.otpauthUri ?? ''}`}
        profileId={profile.id}
        step={screen.step}
        pending={action.pending}
        error={action.error}
        onAnswer={(answers) => {
          void action.run(
            () => call((api) => api.respondToChallenge({ id: profile.id, answers })),
            advance,
          );
        }}
        onCancel={cancel}
      />
    );
  }
  return (
    <>
      {note ? (
        <p className="note" role="status">
          {note}
        </p>
      ) : null}
      <PasswordForm
        profile={profile}
        remembered={remembered}
        pending={action.pending}
        error={action.error}
        onSubmit={(password) => {
          void action.run(
            () =>
              call((api) =>
                api.signIn({ id: profile.id, ...(password === undefined ? {} : { password }) }),
              ),
            advance,
          );
        }}
        onForgot={() => {
          action.clearError();
          setScreen({ kind: 'forgot' });
        }}
        onCancel={cancel}
      />
    </>
  );
}

// The sign-in conversation: the password, then each challenge on its own screen, until main
// says signed in. Cancel drops the pending sign-in in main too, so nothing is left waiting.
// Started with `auto` (the profile's "Sign in" button, "Add and sign in"), a remembered password
// signs in at once with no form at all. Browser and M2M profiles have screens of their own.
import { useEffect, useRef, useState } from 'react';
import type { SignInStepView } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { Spinner } from '../ui/Spinner';
import { BrowserSignIn } from './BrowserSignIn';
import { ChallengeForm } from './ChallengeForm';
import { ClientCredentialsSignIn } from './ClientCredentialsSignIn';
import { DoctorOffer } from './DoctorOffer';
import { ForgotPassword } from './ForgotPassword';
import { PasswordForm } from './PasswordForm';
import { RememberDevice } from './RememberDevice';
import type { SignInProps } from './sign-in-props';

type Screen =
  | { kind: 'asking' }
  | { kind: 'password' }
  | { kind: 'forgot' }
  | { kind: 'remember-device' }
  | { kind: 'challenge'; step: Extract<SignInStepView, { type: 'challenge' }> };

/** Runs a sign-in for `profile`; `onSignedIn` when it ends with tokens, `onCancel` otherwise. */
export function SignIn(props: SignInProps) {
  if (props.profile.signIn === 'browser') return <BrowserSignIn {...props} />;
  if (props.profile.signIn === 'client-credentials') return <ClientCredentialsSignIn {...props} />;
  return <PasswordSignIn {...props} />;
}

function PasswordSignIn({ profile, auto, onSignedIn, onCancel, onFix }: SignInProps) {
  const quick = auto && profile.rememberPassword;
  const [screen, setScreen] = useState<Screen>({ kind: quick ? 'asking' : 'password' });
  const [remembered, setRemembered] = useState(false);
  const [note, setNote] = useState('');
  const action = useAction();

  const advance = (step: SignInStepView) => {
    if (step.type === 'signed-in' && step.askRememberDevice) setScreen({ kind: 'remember-device' });
    else if (step.type === 'signed-in') onSignedIn();
    else setScreen({ kind: 'challenge', step });
  };
  const signIn = (password: string | undefined) => {
    void action.run(
      () =>
        call((api) =>
          api.signIn({ id: profile.id, ...(password === undefined ? {} : { password }) }),
        ),
      advance,
    );
  };
  const { run } = action;
  const started = useRef(false);
  useEffect(() => {
    if (!profile.rememberPassword || started.current) return;
    started.current = true;
    void call((api) => api.hasRememberedPassword({ id: profile.id })).then((r) => {
      const has = r.ok && r.value.remembered;
      setRemembered(has);
      if (!quick || !has) {
        setScreen((s) => (s.kind === 'asking' ? { kind: 'password' } : s));
        return;
      }
      // One action: the remembered password, no form; a failure shows the form with it.
      void run(() => call((api) => api.signIn({ id: profile.id })), advance).then(() => {
        setScreen((s) => (s.kind === 'asking' ? { kind: 'password' } : s));
      });
    });
  }, [profile.id, profile.rememberPassword, quick, run, advance]);
  const cancel = () => {
    void call((api) => api.cancelSignIn({ id: profile.id }));
    onCancel();
  };

  if (screen.kind === 'asking') {
    return (
      <section className="panel" aria-labelledby="signin-title">
        <h2 id="signin-title">Sign in to {profile.name}</h2>
        <Spinner label="Signing in with the remembered password" />{' '}
        <span>Signing in with the password remembered in the keychain…</span>
      </section>
    );
  }
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
        onSubmit={signIn}
        onForgot={() => {
          action.clearError();
          setScreen({ kind: 'forgot' });
        }}
        onCancel={cancel}
      />
      <DoctorOffer profileId={profile.id} error={action.error} onFix={onFix} />
    </>
  );
}

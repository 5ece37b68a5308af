// The first sign-in screen: the password with show/hide, or the remembered one. The form checks
// itself (an empty password says so under the field, never in the browser's bubble); a failure
// puts the cursor back in the field that Cognito's sentence is about, or on the sentence when it
// is about the pool or the app client (the doctor is then offered below).
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { IpcError } from '../../shared/contract';
import type { ProfileView } from '../../shared/contract-views';
import { ErrorLine } from '../ui/ErrorLine';
import { Field } from '../ui/Field';
import { escapeCancels } from '../ui/form-keys';
import { SubmitButton } from '../ui/Spinner';
import { offersDoctor } from './DoctorOffer';

/** Asks for the password; `remembered` offers signing in without typing it. */
export function PasswordForm(props: {
  profile: ProfileView;
  remembered: boolean;
  pending: boolean;
  error: IpcError | null;
  onSubmit: (password: string | undefined) => void;
  onForgot: () => void;
  onCancel: () => void;
}) {
  const { profile, pending, error } = props;
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Empty: the remembered password, or (choice flow) a one-time code chosen next.
  const optional = props.remembered || profile.authFlow === 'choice';
  // Not the password's fault: said on its own line, which takes the focus itself.
  const profileError = offersDoctor(error);
  useEffect(() => {
    if (error && !profileError) input.current?.focus();
  }, [error, profileError]);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (password === '' && !optional) {
      setEmpty(true);
      input.current?.focus();
      return;
    }
    props.onSubmit(password === '' ? undefined : password);
  };
  return (
    <form
      className="panel"
      onSubmit={submit}
      onKeyDown={escapeCancels(props.onCancel)}
      noValidate
      aria-labelledby="signin-title"
    >
      <h2 id="signin-title">Sign in to {profile.name}</h2>
      <p>
        As <strong>{profile.username}</strong> in {profile.userPoolId}
        {profile.authFlow === 'srp' ? ' (SRP: the password is never sent)' : ''}.
      </p>
      <Field
        ref={input}
        label="Password"
        type={shown ? 'text' : 'password'}
        autoComplete="current-password"
        autoFocus
        value={password}
        error={empty ? 'Enter the password.' : profileError ? undefined : error?.message}
        hint={
          props.remembered
            ? 'Leave it empty to use the password remembered in the keychain.'
            : profile.authFlow === 'choice'
              ? 'Leave it empty to sign in with a code instead.'
              : undefined
        }
        onChange={(e) => {
          setPassword(e.target.value);
          setEmpty(false);
        }}
        addon={
          <button
            type="button"
            aria-pressed={shown}
            onClick={() => {
              setShown(!shown);
            }}
          >
            {shown ? 'Hide password' : 'Show password'}
          </button>
        }
      />
      {profileError ? <ErrorLine error={error} /> : null}
      <div className="button-row">
        <SubmitButton pending={pending}>Sign in</SubmitButton>
        <button type="button" onClick={props.onForgot}>
          Forgot password?
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

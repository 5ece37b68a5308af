// The first sign-in screen: the password with show/hide, or the remembered one.
import { useState, type SyntheticEvent } from 'react';
import type { IpcError } from '../../shared/contract';
import type { ProfileView } from '../../shared/contract-views';
import { ErrorLine } from '../ui/ErrorLine';
import { Field } from '../ui/Field';
import { SubmitButton } from '../ui/Spinner';

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
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    // Empty: the remembered password, or (choice flow) a one-time code chosen next.
    const optional = props.remembered || profile.authFlow === 'choice';
    props.onSubmit(password === '' && optional ? undefined : password);
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="signin-title">
      <h2 id="signin-title">Sign in to {profile.name}</h2>
      <p>
        As <strong>{profile.username}</strong> in {profile.userPoolId}
        {profile.authFlow === 'srp' ? ' (SRP: the password is never sent)' : ''}.
      </p>
      <Field
        label="Password"
        type={shown ? 'text' : 'password'}
        autoComplete="current-password"
        autoFocus
        required={!props.remembered && profile.authFlow !== 'choice'}
        value={password}
        error={error?.message}
        hint={
          props.remembered
            ? 'Leave it empty to use the password remembered in the keychain.'
            : profile.authFlow === 'choice'
              ? 'Leave it empty to sign in with a code instead.'
              : undefined
        }
        onChange={(e) => {
          setPassword(e.target.value);
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

/** Re-export for screens that show an error without a field. */
export { ErrorLine };

// Forgot password: send a code to the user, then the code and a new password.
import { useState, type SyntheticEvent } from 'react';
import type { ProfileView } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { Field } from '../ui/Field';
import { NewPasswordFields, useNewPassword } from '../ui/NewPasswordFields';
import { SubmitOrCancel } from '../ui/Spinner';

/** The two steps of a reset; `onDone` returns to the sign-in screen. */
export function ForgotPassword({
  profile,
  onDone,
}: {
  profile: ProfileView;
  onDone: (message: string) => void;
}) {
  const action = useAction();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const password = useNewPassword();

  const send = (event: SyntheticEvent) => {
    event.preventDefault();
    void action.run(
      () => call((api) => api.forgotPassword({ id: profile.id })),
      (value) => {
        setSentTo(value.destination ?? 'the address Cognito has for this user');
      },
    );
  };
  const confirmReset = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!password.check()) return;
    void action.run(
      () =>
        call((api) =>
          api.confirmForgotPassword({
            id: profile.id,
            code: code.trim(),
            newPassword: password.value,
          }),
        ),
      () => {
        onDone('Password changed: sign in with the new one.');
      },
    );
  };

  if (sentTo === null) {
    return (
      <form className="panel" onSubmit={send} aria-labelledby="forgot-title">
        <h2 id="forgot-title">Reset the password of {profile.username}</h2>
        <p>Cognito sends a code to the user’s email or phone.</p>
        <ErrorLine error={action.error} />
        <SubmitOrCancel
          pending={action.pending}
          label="Send a reset code"
          onCancel={() => {
            onDone('');
          }}
        />
      </form>
    );
  }
  return (
    <form className="panel" onSubmit={confirmReset} aria-labelledby="reset-title">
      <h2 id="reset-title">Choose a new password</h2>
      <p>A code was sent to {sentTo}.</p>
      <Field
        label="Reset code"
        autoComplete="one-time-code"
        inputMode="numeric"
        required
        autoFocus
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
        }}
      />
      <NewPasswordFields state={password} error={action.error?.message} />
      <SubmitOrCancel
        pending={action.pending}
        label="Set the new password"
        onCancel={() => {
          onDone('');
        }}
      />
    </form>
  );
}

// Forgot password: send a code to the user, then the code and a new password.
import { useState, type SyntheticEvent } from 'react';
import type { ProfileView } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { Field } from '../ui/Field';
import { NewPasswordFields, useNewPassword } from '../ui/NewPasswordFields';
import { escapeCancels } from '../ui/form-keys';
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
  const [codeMissing, setCodeMissing] = useState(false);
  const back = escapeCancels(() => {
    onDone('');
  });

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
    setCodeMissing(code.trim() === '');
    if (!password.check() || code.trim() === '') return;
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
      <form
        className="panel"
        onSubmit={send}
        onKeyDown={back}
        noValidate
        aria-labelledby="forgot-title"
      >
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
    <form
      className="panel"
      onSubmit={confirmReset}
      onKeyDown={back}
      noValidate
      aria-labelledby="reset-title"
    >
      <h2 id="reset-title">Choose a new password</h2>
      <p>A code was sent to {sentTo}.</p>
      <Field
        label="Reset code"
        autoComplete="one-time-code"
        inputMode="numeric"
        autoFocus
        value={code}
        error={codeMissing ? 'Enter the code that was sent.' : undefined}
        onChange={(e) => {
          setCode(e.target.value);
          setCodeMissing(false);
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

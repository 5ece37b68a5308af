// Change the signed-in user's password: the current one, the new one twice.
import { useState, type SyntheticEvent } from 'react';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { Field } from '../ui/Field';
import { NewPasswordFields, useNewPassword } from '../ui/NewPasswordFields';
import { escapeCancels } from '../ui/form-keys';
import { SubmitOrCancel } from '../ui/Spinner';

/** The change-password form; `onDone` with a message when it worked, or '' on cancel. */
export function ChangePassword({
  profileId,
  onDone,
}: {
  profileId: string;
  onDone: (message: string) => void;
}) {
  const action = useAction();
  const [current, setCurrent] = useState('');
  const next = useNewPassword();
  const [currentMissing, setCurrentMissing] = useState(false);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setCurrentMissing(current === '');
    if (!next.check() || current === '') return;
    void action.run(
      () =>
        call((api) =>
          api.changePassword({ id: profileId, currentPassword: current, newPassword: next.value }),
        ),
      () => {
        onDone('Password changed.');
      },
    );
  };
  const wrongCurrent = action.error?.code === 'wrong-credentials';
  return (
    <form
      className="panel"
      onSubmit={submit}
      onKeyDown={escapeCancels(() => {
        onDone('');
      })}
      noValidate
      aria-labelledby="change-title"
    >
      <h3 id="change-title">Change password</h3>
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        autoFocus
        value={current}
        error={
          currentMissing
            ? 'Enter the current password.'
            : wrongCurrent
              ? action.error?.message
              : undefined
        }
        onChange={(e) => {
          setCurrent(e.target.value);
          setCurrentMissing(false);
        }}
      />
      <NewPasswordFields state={next} error={!wrongCurrent ? action.error?.message : undefined} />
      <SubmitOrCancel
        pending={action.pending}
        label="Change password"
        onCancel={() => {
          onDone('');
        }}
      />
    </form>
  );
}

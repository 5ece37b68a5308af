// A new password typed twice: the field, its confirmation, and the one sentence when the two
// differ. Used by the first-login challenge, the reset and the change of a password.
import { useState } from 'react';
import { Field } from './Field';

/** The two values and whether the last check found them different. */
export interface NewPassword {
  value: string;
  confirm: string;
  setValue: (value: string) => void;
  setConfirm: (value: string) => void;
  mismatch: boolean;
  /** True when both match; otherwise shows the sentence under the confirmation. */
  check: () => boolean;
}

/** State for one NewPasswordFields. */
export function useNewPassword(): NewPassword {
  const [value, setValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return {
    value,
    confirm,
    setValue,
    setConfirm,
    mismatch,
    check: () => {
      setMismatch(value !== confirm);
      return value === confirm;
    },
  };
}

/** The new password and its confirmation; `error` is Cognito's sentence about the password. */
export function NewPasswordFields(props: {
  state: NewPassword;
  label?: string;
  error?: string | undefined;
  autoFocus?: boolean;
}) {
  const { state } = props;
  return (
    <>
      <Field
        label={props.label ?? 'New password'}
        type="password"
        autoComplete="new-password"
        required
        autoFocus={props.autoFocus}
        value={state.value}
        error={props.error}
        onChange={(e) => {
          state.setValue(e.target.value);
        }}
      />
      <Field
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        value={state.confirm}
        error={state.mismatch ? 'The two passwords differ: type the same one twice.' : undefined}
        onChange={(e) => {
          state.setConfirm(e.target.value);
        }}
      />
    </>
  );
}

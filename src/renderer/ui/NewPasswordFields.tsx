// A new password typed twice: the field, its confirmation, and our own sentence under the one to
// fix (empty, or the two differ), never the browser's bubble. Used by the first-login challenge,
// the reset and the change of a password.
import { useState } from 'react';
import { Field } from './Field';

type Problem = 'empty' | 'confirm-empty' | 'mismatch' | null;

/** The two values and what the last check found wrong. */
export interface NewPassword {
  value: string;
  confirm: string;
  setValue: (value: string) => void;
  setConfirm: (value: string) => void;
  problem: Problem;
  /** True when both are typed and match; otherwise shows the sentence under the field to fix. */
  check: () => boolean;
}

/** State for one NewPasswordFields. */
export function useNewPassword(): NewPassword {
  const [value, setValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  return {
    value,
    confirm,
    setValue: (next) => {
      setValue(next);
      setProblem(null);
    },
    setConfirm: (next) => {
      setConfirm(next);
      setProblem(null);
    },
    problem,
    check: () => {
      const found: Problem =
        value === ''
          ? 'empty'
          : confirm === ''
            ? 'confirm-empty'
            : value !== confirm
              ? 'mismatch'
              : null;
      setProblem(found);
      return found === null;
    },
  };
}

const CONFIRM_SENTENCES = {
  'confirm-empty': 'Type the new password again to confirm it.',
  mismatch: 'The two passwords differ: type the same one twice.',
} as const;

/** The new password and its confirmation; `error` is Cognito's sentence about the password. */
export function NewPasswordFields(props: {
  state: NewPassword;
  label?: string;
  error?: string | undefined;
  autoFocus?: boolean;
}) {
  const { state } = props;
  const confirmProblem =
    state.problem === 'confirm-empty' || state.problem === 'mismatch' ? state.problem : null;
  return (
    <>
      <Field
        label={props.label ?? 'New password'}
        type="password"
        autoComplete="new-password"
        autoFocus={props.autoFocus}
        value={state.value}
        error={state.problem === 'empty' ? 'Enter a new password.' : props.error}
        onChange={(e) => {
          state.setValue(e.target.value);
        }}
      />
      <Field
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        value={state.confirm}
        error={confirmProblem ? CONFIRM_SENTENCES[confirmProblem] : undefined}
        onChange={(e) => {
          state.setConfirm(e.target.value);
        }}
      />
    </>
  );
}

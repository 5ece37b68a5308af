// A labelled input with its hint and its error sentence, wired for assistive technology:
// the label names the input, the error and hint describe it.
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

/** Props of a labelled text field. */
export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Something beside the input (a show/hide button). */
  addon?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A text input with a visible label, a hint and an error under it. */
export function Field({ label, hint, error, addon, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...input}
        />
        {addon}
      </div>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

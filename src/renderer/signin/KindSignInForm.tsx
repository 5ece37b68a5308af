// The first screen of a browser or M2M sign-in: what will happen, one button, Cancel, and the
// failure's sentence above them.
import type { ReactNode } from 'react';
import type { IpcError } from '../../shared/contract';
import { ErrorLine } from '../ui/ErrorLine';
import { escapeCancels } from '../ui/form-keys';
import { SubmitOrCancel } from '../ui/Spinner';

/** A titled form with one submit button and Cancel; `children` say what the button does. */
export function KindSignInForm(props: {
  title: string;
  submitLabel: string;
  pending: boolean;
  error: IpcError | null;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className="panel"
      aria-labelledby="signin-title"
      noValidate
      onKeyDown={escapeCancels(props.onCancel)}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <h2 id="signin-title">{props.title}</h2>
      {props.children}
      <ErrorLine error={props.error} />
      <SubmitOrCancel pending={props.pending} label={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}

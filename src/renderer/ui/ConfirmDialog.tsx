// A confirmation as a native modal <dialog>: the browser traps focus in it and Escape cancels.
import { useEffect, useRef } from 'react';

/** Asks `question`; `onConfirm` or `onCancel`. */
export function ConfirmDialog(props: {
  title: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="confirm-title" onCancel={props.onCancel}>
      <h2 id="confirm-title">{props.title}</h2>
      <p>{props.question}</p>
      <div className="button-row">
        <button type="button" className="danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" autoFocus onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

// A confirmation as a native modal <dialog>: the browser traps focus in it and Escape cancels.
// Cancel gets the focus once the dialog is open (React's autoFocus runs before showModal(),
// which would move it to the first button), so Enter after a slip never confirms.
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
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    cancel.current?.focus();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-title"
      aria-describedby="confirm-question"
      onCancel={(event) => {
        // Escape: the parent unmounts the dialog, so the browser need not close it first.
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="confirm-title">{props.title}</h2>
      <p id="confirm-question">{props.question}</p>
      <div className="button-row">
        <button type="button" className="danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

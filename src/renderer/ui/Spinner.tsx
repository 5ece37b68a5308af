// The busy marker on every network wait: a spinning ring with a spoken label; and the buttons
// that end a form, which stay in sight at the bottom of a long one.
/** A small spinner; `label` is what a screen reader hears. */
export function Spinner({ label }: { label: string }) {
  return (
    <span className="spinner" role="status" aria-label={label}>
      <span className="ring" aria-hidden="true" />
    </span>
  );
}

/** A submit button that shows a spinner and refuses clicks while its action runs. */
export function SubmitButton({ pending, children }: { pending: boolean; children: string }) {
  return (
    <button type="submit" className="primary" disabled={pending} aria-busy={pending}>
      {children}
      {pending ? <Spinner label="Working" /> : null}
    </button>
  );
}

/** A form's submit button (with its spinner) and Cancel, in one row. */
export function SubmitOrCancel(props: { pending: boolean; label: string; onCancel: () => void }) {
  return (
    <div className="button-row form-actions">
      <SubmitButton pending={props.pending}>{props.label}</SubmitButton>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}

// A token's header and payload as decoded JSON, folded away until asked for. The copy goes
// through main like every copy: the window shows the JSON but never writes the clipboard.
import type { TokenSummary } from '../../shared/contract-views';

/** The decoded header and payload of one token, and the copy of its payload. */
export function DecodedToken({
  title,
  token,
  onCopyPayload,
  copyDisabled,
}: {
  title: string;
  token: TokenSummary;
  onCopyPayload: () => void;
  copyDisabled: boolean;
}) {
  return (
    <details className="decoded">
      <summary>Decoded header and payload of the {title}</summary>
      <h4>Header</h4>
      <JsonText label={`${title} header`} text={token.header} />
      <h4>Payload</h4>
      <JsonText label={`${title} payload`} text={token.payload} />
      <button type="button" disabled={copyDisabled} onClick={onCopyPayload}>
        Copy {title} payload
      </button>
    </details>
  );
}

/** Read-only text a keyboard can reach (to scroll a long line) and a screen reader can name. */
function JsonText({ label, text }: { label: string; text: string }) {
  return (
    <pre
      className="json"
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={label}
      tabIndex={0}
    >
      {text}
    </pre>
  );
}

// The client secret is write-only: the window never reads it back. A stored one shows as
// "stored in the keychain" with Replace and Remove; a new one is typed once and sent to main.
import { Field } from '../ui/Field';

/** What the user decided about the secret: keep it, replace it, or remove it. */
export type SecretEdit = { kind: 'keep' } | { kind: 'replace'; value: string } | { kind: 'remove' };

/** The write-only secret control. */
export function ClientSecretField({
  stored,
  edit,
  onChange,
  required = false,
  why,
  error,
}: {
  stored: boolean;
  edit: SecretEdit;
  onChange: (edit: SecretEdit) => void;
  /** An M2M app client always has a secret: no "leave empty" hint, no Remove. */
  required?: boolean;
  /** Why the secret is asked for again (the profile moved to another host or client). */
  why?: string | undefined;
  error?: string | undefined;
}) {
  // Beside the field (its hint) when typing, above the buttons otherwise.
  const notice = why ? <p className="secret-state">{why}</p> : null;
  if (edit.kind === 'replace') {
    return (
      <Field
        label="Client secret"
        type="password"
        name="clientSecret"
        autoComplete="off"
        value={edit.value}
        hint={
          why ??
          (required
            ? 'Stored in the keychain, never shown again. An M2M app client always has one.'
            : 'Stored in the keychain, never shown again. Leave empty if the app client has none.')
        }
        error={error}
        onChange={(e) => {
          onChange({ kind: 'replace', value: e.target.value });
        }}
        addon={
          stored ? (
            <button
              type="button"
              onClick={() => {
                onChange({ kind: 'keep' });
              }}
            >
              Keep the stored secret
            </button>
          ) : null
        }
      />
    );
  }
  return (
    <div className="field" role="group" aria-label="Client secret" data-field="clientSecret">
      <span className="label">Client secret</span>
      {notice}
      <p className="secret-state">
        {edit.kind === 'remove'
          ? 'Will be removed from the keychain when you save.'
          : stored
            ? 'Stored in the keychain.'
            : why
              ? 'Not in the keychain.'
              : 'None: this app client has no secret.'}
      </p>
      {error ? <p className="field-error">{error}</p> : null}
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            onChange({ kind: 'replace', value: '' });
          }}
        >
          {stored ? 'Replace client secret' : 'Add client secret'}
        </button>
        {stored && edit.kind !== 'remove' && !required ? (
          <button
            type="button"
            onClick={() => {
              onChange({ kind: 'remove' });
            }}
          >
            Remove client secret
          </button>
        ) : null}
        {edit.kind === 'remove' ? (
          <button
            type="button"
            onClick={() => {
              onChange({ kind: 'keep' });
            }}
          >
            Keep the stored secret
          </button>
        ) : null}
      </div>
    </div>
  );
}

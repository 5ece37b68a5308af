// Add or edit a profile. Fields are checked as you type against the store's own schema; the
// region is read from the pool id (a pasted pool ARN or issuer URL is read as the id it names,
// a region Cognito is not in gets "did you mean"); secrets go to main once and never come back.
// The sign-in kind decides which fields show (PasswordKindFields, SignInKindFields). A failed
// submit puts the cursor in the first field to fix; Escape cancels; "Add and sign in" goes on to
// the sign-in.
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { ProfileView } from '../../shared/contract-views';
import { call } from '../bridge';
import { fieldErrors, useAction } from '../hooks/use-action';
import { focusInView } from '../hooks/use-pending-focus';
import { ErrorLine } from '../ui/ErrorLine';
import { escapeCancels, focusFirstInvalid } from '../ui/form-keys';
import { SubmitButton } from '../ui/Spinner';
import { ClientSecretField, type SecretEdit } from './ClientSecretField';
import {
  EMPTY_FORM,
  formValuesOf,
  secretBindingMoves,
  toChanges,
  toFields,
  validate,
  type FormValues,
} from './form-model';
import { KitField, type FormKit } from './FormKit';
import { IdentityPoolFields } from './IdentityPoolFields';
import { PasswordKindFields } from './PasswordKindFields';
import { PoolIdField } from './PoolIdField';
import { ManagedLoginFields, SignInKindChoice } from './SignInKindFields';

/** Add (no profile) or edit (a profile). */
export interface ProfileFormProps {
  profile?: ProfileView;
  /** A new profile's refresh-ahead, from the settings. */
  defaultRefreshAhead?: number;
  /** The field to put the cursor in at first (a doctor's "Fix"). */
  focusField?: string | undefined;
  /**
   * `signIn`: the person chose "Add and sign in"; `notice`: what the save could not do (a dropped
   * refresh token Cognito did not revoke).
   */
  onSaved: (profile: ProfileView, outcome: { signIn: boolean; notice?: string }) => void;
  onCancel: () => void;
}

/** The field named `name` in `form` (or the first control of its group), for focusing. */
function fieldControl(form: HTMLFormElement, name: string): HTMLElement | null {
  return (
    form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`) ??
    form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"] button`)
  );
}

/** Why the form asks for the client secret again, if it does. */
function secretNotice(moves: string[], dropped: string | undefined): string | undefined {
  if (moves.length > 0) {
    return `The stored secret is removed when you save, because the ${moves.join(' and ')} changes: a secret is only sent to the host and app client it was given for. Type the app client's secret again.`;
  }
  if (dropped !== undefined) {
    return `The secret was removed from the keychain when ${dropped}: a secret is only sent to the host and app client it was given for. Add it again.`;
  }
  return undefined;
}

/** The add/edit form. */
export function ProfileForm(props: ProfileFormProps) {
  const { profile, onSaved, onCancel } = props;
  const [values, setValues] = useState<FormValues>(() =>
    profile
      ? formValuesOf(profile)
      : {
          ...EMPTY_FORM,
          refreshAheadSeconds: String(props.defaultRefreshAhead ?? EMPTY_FORM.refreshAheadSeconds),
        },
  );
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [secret, setSecret] = useState<SecretEdit>(
    profile ? { kind: 'keep' } : { kind: 'replace', value: '' },
  );
  const [password, setPassword] = useState('');
  const [attempts, setAttempts] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const action = useAction();
  // A secret an edit removed (the profile moved to another host) is not stored any more.
  const stored = (profile?.hasClientSecret ?? false) && profile?.clientSecretDropped === undefined;
  // Moving a stored secret's host or client removes it on save: ask for the new one instead.
  const moves = profile && stored ? secretBindingMoves(values, profile) : [];
  const shownSecret: SecretEdit =
    moves.length > 0 && secret.kind !== 'replace' ? { kind: 'replace', value: '' } : secret;
  const secretValue = secret.kind === 'replace' && secret.value !== '' ? secret.value : undefined;
  const willHaveSecret =
    secretValue !== undefined || (secret.kind === 'keep' && stored && moves.length === 0);
  const errors = validate(values, willHaveSecret);
  const kit: FormKit = {
    values,
    set: (key, value) => {
      setValues((prev) => ({ ...prev, [key]: value }));
    },
    errorOf: (key) =>
      (touched.has(key) ? errors[key] : undefined) ?? fieldErrors(action.error, key)[0],
    touch: (key) => () => {
      setTouched((prev) => new Set(prev).add(key));
    },
  };

  // A "Fix" from the doctor opens the form at the field to change.
  useEffect(() => {
    const element =
      form.current && props.focusField ? fieldControl(form.current, props.focusField) : null;
    if (!element) return;
    const folded = element.closest('details');
    if (folded) folded.open = true;
    focusInView(element);
  }, [props.focusField]);
  // After a refused submit (here or by main): the first field to fix.
  const fieldsRefused = (action.error?.details?.length ?? 0) > 0;
  useEffect(() => {
    if (attempts > 0 || fieldsRefused) focusFirstInvalid(form.current);
  }, [attempts, fieldsRefused, action.error]);

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    const signIn = event.nativeEvent.submitter?.getAttribute('value') === 'sign-in';
    setTouched(new Set([...Object.keys(values), 'clientSecret']));
    if (Object.keys(errors).length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    const remembers = values.signIn === 'password' && values.rememberPassword;
    const pass = remembers && password !== '' ? password : undefined;
    void action.run(
      () =>
        profile
          ? call((api) =>
              api.editProfile({
                id: profile.id,
                changes: toChanges(values),
                ...(secret.kind === 'remove' ? { clientSecret: null } : {}),
                ...(secretValue ? { clientSecret: secretValue } : {}),
                ...(pass ? { password: pass } : {}),
              }),
            )
          : call((api) =>
              api.addProfile({
                profile: toFields(values),
                ...(secretValue ? { clientSecret: secretValue } : {}),
                ...(pass ? { password: pass } : {}),
              }),
            ),
      (value: { profile: ProfileView; notRevoked?: string }) => {
        onSaved(value.profile, {
          signIn,
          ...(value.notRevoked === undefined ? {} : { notice: value.notRevoked }),
        });
      },
    );
  };

  return (
    <form
      ref={form}
      className="panel profile-form"
      onSubmit={submit}
      onKeyDown={escapeCancels(onCancel)}
      noValidate
      aria-labelledby="form-title"
    >
      <h2 id="form-title">{profile ? `Edit ${profile.name}` : 'Add a profile'}</h2>
      <KitField
        kit={kit}
        name="name"
        label="Profile name"
        autoFocus={!props.focusField}
        placeholder="dev admin"
      />
      <SignInKindChoice kit={kit} />
      <PoolIdField kit={kit} />
      <KitField kit={kit} name="clientId" label="App client id" spellCheck={false} />
      <ClientSecretField
        stored={stored && moves.length === 0}
        edit={shownSecret}
        why={secretNotice(moves, profile?.clientSecretDropped)}
        required={values.signIn === 'client-credentials'}
        error={kit.errorOf('clientSecret')}
        onChange={setSecret}
      />
      {values.signIn === 'password' ? (
        <PasswordKindFields
          kit={kit}
          password={password}
          onPassword={setPassword}
          remembersAlready={profile?.rememberPassword ?? false}
        />
      ) : (
        <ManagedLoginFields kit={kit} />
      )}
      <details className="advanced">
        <summary>Advanced</summary>
        <KitField
          kit={kit}
          name="endpoint"
          label="Endpoint (an emulator or a proxy)"
          placeholder="http://127.0.0.1:9229"
          spellCheck={false}
        />
        <KitField
          kit={kit}
          name="refreshAheadSeconds"
          label="Refresh this many seconds before expiry"
          inputMode="numeric"
        />
        {values.signIn === 'client-credentials' ? null : <IdentityPoolFields kit={kit} />}
      </details>
      <ErrorLine error={action.error} takeFocus={!fieldsRefused} />
      <div className="button-row form-actions">
        <SubmitButton pending={action.pending}>
          {profile ? 'Save changes' : 'Add profile'}
        </SubmitButton>
        <button type="submit" name="intent" value="sign-in" disabled={action.pending}>
          {profile ? 'Save and sign in' : 'Add and sign in'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

// Add or edit a profile. Fields are checked as you type against the store's own schema; the
// region is read from the pool id; secrets go to main once and never come back. The sign-in
// kind decides which fields show (PasswordKindFields, SignInKindFields).
import { useState, type SyntheticEvent } from 'react';
import type { ProfileView } from '../../shared/contract-views';
import { call } from '../bridge';
import { fieldErrors, useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { SubmitOrCancel } from '../ui/Spinner';
import { ClientSecretField, type SecretEdit } from './ClientSecretField';
import {
  EMPTY_FORM,
  formValuesOf,
  regionHint,
  secretBindingMoves,
  toChanges,
  toFields,
  validate,
  type FormValues,
} from './form-model';
import { KitField, type FormKit } from './FormKit';
import { IdentityPoolFields } from './IdentityPoolFields';
import { PasswordKindFields } from './PasswordKindFields';
import { ManagedLoginFields, SignInKindChoice } from './SignInKindFields';

/** Add (no profile) or edit (a profile). */
export interface ProfileFormProps {
  profile?: ProfileView;
  /** A new profile's refresh-ahead, from the settings. */
  defaultRefreshAhead?: number;
  /** `notice`: what the save could not do (a dropped refresh token Cognito did not revoke). */
  onSaved: (profile: ProfileView, notice?: string) => void;
  onCancel: () => void;
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
export function ProfileForm({ profile, defaultRefreshAhead, onSaved, onCancel }: ProfileFormProps) {
  const [values, setValues] = useState<FormValues>(() =>
    profile
      ? formValuesOf(profile)
      : {
          ...EMPTY_FORM,
          refreshAheadSeconds: String(defaultRefreshAhead ?? EMPTY_FORM.refreshAheadSeconds),
        },
  );
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [secret, setSecret] = useState<SecretEdit>(
    profile ? { kind: 'keep' } : { kind: 'replace', value: '' },
  );
  const [password, setPassword] = useState('');
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
  const region = regionHint(values.userPoolId);
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

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(new Set([...Object.keys(values), 'clientSecret']));
    if (Object.keys(errors).length > 0) return;
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
        onSaved(value.profile, value.notRevoked);
      },
    );
  };

  return (
    <form className="panel profile-form" onSubmit={submit} noValidate aria-labelledby="form-title">
      <h2 id="form-title">{profile ? `Edit ${profile.name}` : 'Add a profile'}</h2>
      <KitField kit={kit} name="name" label="Profile name" autoFocus placeholder="dev admin" />
      <SignInKindChoice kit={kit} />
      <KitField
        kit={kit}
        name="userPoolId"
        label="User pool id"
        placeholder="eu-west-1_AbC123"
        hint={
          region
            ? `Region: ${region} (read from the pool id)`
            : 'The region is read from the pool id.'
        }
        spellCheck={false}
      />
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
      <ErrorLine error={action.error} />
      <SubmitOrCancel
        pending={action.pending}
        label={profile ? 'Save changes' : 'Add profile'}
        onCancel={onCancel}
      />
    </form>
  );
}

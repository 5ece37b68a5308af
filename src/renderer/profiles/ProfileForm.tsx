// Add or edit a profile. Fields are checked as you type against the store's own schema; the
// region is read from the pool id; secrets go to main once and never come back.
import { useState, type SyntheticEvent } from 'react';
import type { ProfileView } from '../../shared/contract-views';
import { call } from '../bridge';
import { fieldErrors, useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { Field } from '../ui/Field';
import { SubmitOrCancel } from '../ui/Spinner';
import { ClientSecretField, type SecretEdit } from './ClientSecretField';
import {
  EMPTY_FORM,
  formValuesOf,
  regionHint,
  toFields,
  validate,
  type FormValues,
} from './form-model';

/** Add (no profile) or edit (a profile). */
export interface ProfileFormProps {
  profile?: ProfileView;
  /** A new profile's refresh-ahead, from the settings. */
  defaultRefreshAhead?: number;
  onSaved: (profile: ProfileView) => void;
  onCancel: () => void;
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
  const errors = validate(values);
  const region = regionHint(values.userPoolId);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
  };
  const errorOf = (key: keyof FormValues) =>
    (touched.has(key) ? errors[key] : undefined) ?? fieldErrors(action.error, key)[0];
  const touch = (key: string) => () => {
    setTouched((prev) => new Set(prev).add(key));
  };
  const text = (key: keyof FormValues, label: string, extra: Record<string, unknown> = {}) => (
    <Field
      label={label}
      value={values[key] as string}
      error={errorOf(key)}
      onBlur={touch(key)}
      onChange={(e) => {
        set(key, e.target.value as never);
      }}
      {...extra}
    />
  );

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(new Set(Object.keys(values)));
    if (Object.keys(errors).length > 0) return;
    const fields = toFields(values);
    const secretValue = secret.kind === 'replace' && secret.value !== '' ? secret.value : undefined;
    const pass = values.rememberPassword && password !== '' ? password : undefined;
    void action.run(
      () =>
        profile
          ? call((api) =>
              api.editProfile({
                id: profile.id,
                changes: {
                  ...fields,
                  endpoint: fields.endpoint ?? null,
                  // Only the choice flow keeps a preferred method; otherwise it is cleared.
                  preferredChallenge: fields.preferredChallenge ?? null,
                },
                ...(secret.kind === 'remove' ? { clientSecret: null } : {}),
                ...(secretValue ? { clientSecret: secretValue } : {}),
                ...(pass ? { password: pass } : {}),
              }),
            )
          : call((api) =>
              api.addProfile({
                profile: fields,
                ...(secretValue ? { clientSecret: secretValue } : {}),
                ...(pass ? { password: pass } : {}),
              }),
            ),
      (value) => {
        onSaved(value.profile);
      },
    );
  };

  return (
    <form className="panel profile-form" onSubmit={submit} noValidate aria-labelledby="form-title">
      <h2 id="form-title">{profile ? `Edit ${profile.name}` : 'Add a profile'}</h2>
      {text('name', 'Profile name', { autoFocus: true, placeholder: 'dev admin' })}
      {text('userPoolId', 'User pool id', {
        placeholder: 'eu-west-1_AbC123',
        hint: region
          ? `Region: ${region} (read from the pool id)`
          : 'The region is read from the pool id.',
        spellCheck: false,
      })}
      {text('clientId', 'App client id', { spellCheck: false })}
      <ClientSecretField
        stored={profile?.hasClientSecret ?? false}
        edit={secret}
        onChange={setSecret}
      />
      <div className="field">
        <label htmlFor="auth-flow">Sign-in flow</label>
        <select
          id="auth-flow"
          value={values.authFlow}
          onChange={(e) => {
            const flow = e.target.value;
            set('authFlow', flow === 'password' || flow === 'choice' ? flow : 'srp');
          }}
        >
          <option value="srp">SRP (the password never leaves this computer)</option>
          <option value="password">Password (USER_PASSWORD_AUTH)</option>
          <option value="choice">
            Choose at sign-in: a code by email or SMS, or the password (USER_AUTH)
          </option>
        </select>
      </div>
      {values.authFlow === 'choice' ? (
        <div className="field">
          <label htmlFor="preferred-method">Preferred sign-in method</label>
          <select
            id="preferred-method"
            value={values.preferredChallenge}
            onChange={(e) => {
              set('preferredChallenge', e.target.value);
            }}
          >
            <option value="">Ask each time</option>
            <option value="EMAIL_OTP">A code by email</option>
            <option value="SMS_OTP">A code by SMS</option>
            <option value="PASSWORD_SRP">The password (SRP)</option>
            <option value="PASSWORD">The password</option>
          </select>
        </div>
      ) : null}
      {text('username', 'Username', { autoComplete: 'off', spellCheck: false })}
      <div className="field checkbox">
        <input
          id="remember-password"
          type="checkbox"
          checked={values.rememberPassword}
          onChange={(e) => {
            set('rememberPassword', e.target.checked);
          }}
        />
        <label htmlFor="remember-password">Remember the password in the keychain</label>
      </div>
      {values.rememberPassword ? (
        <Field
          label="Password to remember"
          type="password"
          autoComplete="off"
          value={password}
          hint={
            profile?.rememberPassword
              ? 'Leave empty to keep the remembered one.'
              : 'Optional: it is also remembered at the next sign-in.'
          }
          onChange={(e) => {
            setPassword(e.target.value);
          }}
        />
      ) : null}
      <details className="advanced">
        <summary>Advanced</summary>
        {text('endpoint', 'Endpoint (an emulator or a proxy)', {
          placeholder: 'http://127.0.0.1:9229',
          spellCheck: false,
        })}
        {text('refreshAheadSeconds', 'Refresh this many seconds before expiry', {
          inputMode: 'numeric',
        })}
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

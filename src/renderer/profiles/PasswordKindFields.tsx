// The fields of a profile that signs in with a password: the flow (SRP, plain or choice), the
// choice flow's preferred method, the username, and whether the keychain remembers the password.
import { Field } from '../ui/Field';
import { KitField, type FormKit } from './FormKit';

/** The password kind's fields; `password` is the one to remember, sent once and never shown. */
export function PasswordKindFields({
  kit,
  password,
  onPassword,
  remembersAlready,
}: {
  kit: FormKit;
  password: string;
  onPassword: (value: string) => void;
  remembersAlready: boolean;
}) {
  const { values, set } = kit;
  return (
    <>
      <div className="field">
        <label htmlFor="auth-flow">Sign-in flow</label>
        <select
          id="auth-flow"
          name="authFlow"
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
      <KitField kit={kit} name="username" label="Username" autoComplete="off" spellCheck={false} />
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
            remembersAlready
              ? 'Leave empty to keep the remembered one.'
              : 'Optional: it is also remembered at the next sign-in.'
          }
          onChange={(e) => {
            onPassword(e.target.value);
          }}
        />
      ) : null}
    </>
  );
}

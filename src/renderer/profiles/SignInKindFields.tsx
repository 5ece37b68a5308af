// How a profile signs in: a radio group of the three kinds, and the fields of the managed
// login (domain, scopes, redirect URI, identity provider) for the browser and M2M kinds.
import { DEFAULT_BROWSER_SCOPES, DEFAULT_REDIRECT_URI } from '../../shared/sign-in-kinds';
import { SIGN_IN_CHOICES } from './form-model';
import { KitField, type FormKit } from './FormKit';

/** The radio group "How does this profile sign in?". */
export function SignInKindChoice({ kit }: { kit: FormKit }) {
  return (
    <fieldset className="choices">
      <legend>How does this profile sign in?</legend>
      {SIGN_IN_CHOICES.map(({ kind, label }) => (
        <label key={kind} className="choice">
          <input
            type="radio"
            name="sign-in-kind"
            value={kind}
            checked={kit.values.signIn === kind}
            onChange={() => {
              kit.set('signIn', kind);
            }}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The managed login's fields: all four for a browser profile, domain and scopes for M2M. */
export function ManagedLoginFields({ kit }: { kit: FormKit }) {
  const browser = kit.values.signIn === 'browser';
  return (
    <>
      <KitField
        kit={kit}
        name="domain"
        label="Managed login domain"
        placeholder="https://myapp.auth.eu-west-1.amazoncognito.com"
        hint="The user pool's domain (a Cognito prefix domain or your own)."
        spellCheck={false}
      />
      <KitField
        kit={kit}
        name="scopes"
        label="Scopes (separated by spaces)"
        placeholder={browser ? DEFAULT_BROWSER_SCOPES.join(' ') : 'orders/read orders/write'}
        hint={
          browser
            ? `Leave empty for ${DEFAULT_BROWSER_SCOPES.join(' ')}.`
            : 'Leave empty for every scope the app client is allowed.'
        }
        spellCheck={false}
      />
      {browser ? (
        <>
          <KitField
            kit={kit}
            name="redirectUri"
            label="Redirect URI"
            placeholder={DEFAULT_REDIRECT_URI}
            hint={`Leave empty for ${DEFAULT_REDIRECT_URI}. Register it as a callback URL of the app client: Cognito matches it exactly, port included.`}
            spellCheck={false}
          />
          <KitField
            kit={kit}
            name="identityProvider"
            label="Identity provider (optional)"
            placeholder="Google"
            hint="Go straight to this provider instead of the managed login's own page."
            spellCheck={false}
          />
          <KitField
            kit={kit}
            name="username"
            label="Username (optional)"
            hint="Who is expected to sign in; the browser sign-in says who did."
            autoComplete="off"
            spellCheck={false}
          />
        </>
      ) : null}
    </>
  );
}

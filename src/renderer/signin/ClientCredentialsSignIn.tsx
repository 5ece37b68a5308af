// An M2M profile's "sign-in": no user, no password; main asks the token endpoint for an access
// token with the app client's ID and the secret it keeps in the keychain.
import type { ProfileView } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { SubmitButton } from '../ui/Spinner';
import { hostOf } from './BrowserWait';

/** Gets a first access token for `profile`; `onSignedIn` once main holds it. */
export function ClientCredentialsSignIn(props: {
  profile: ProfileView;
  onSignedIn: () => void;
  onCancel: () => void;
}) {
  const { profile } = props;
  const action = useAction();
  const scopes = profile.scopes?.join(' ') ?? 'every scope the app client is allowed';
  return (
    <form
      className="panel"
      aria-labelledby="signin-title"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () => call((api) => api.signIn({ id: profile.id })),
          (step) => {
            if (step.type === 'signed-in') props.onSignedIn();
          },
        );
      }}
    >
      <h2 id="signin-title">Get a token for {profile.name}</h2>
      <p>
        The app asks <strong>{hostOf(profile.domain)}</strong> for an access token with the app
        client&apos;s ID and secret (no user signs in), for the scopes <code>{scopes}</code>.
      </p>
      <ErrorLine error={action.error} />
      <div className="button-row">
        <SubmitButton pending={action.pending}>Get an access token</SubmitButton>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

// An M2M profile's "sign-in": no user, no password; main asks the token endpoint for an access
// token with the app client's ID and the secret it keeps in the keychain.
import type { ProfileView } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { hostOf } from './BrowserWait';
import { KindSignInForm } from './KindSignInForm';

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
    <KindSignInForm
      title={`Get a token for ${profile.name}`}
      submitLabel="Get an access token"
      pending={action.pending}
      error={action.error}
      onSubmit={() => {
        void action.run(
          () => call((api) => api.signIn({ id: profile.id })),
          (step) => {
            if (step.type === 'signed-in') props.onSignedIn();
          },
        );
      }}
      onCancel={props.onCancel}
    >
      <p>
        The app asks <strong>{hostOf(profile.domain)}</strong> for an access token with the app
        client&apos;s ID and secret (no user signs in), for the scopes <code>{scopes}</code>.
      </p>
    </KindSignInForm>
  );
}

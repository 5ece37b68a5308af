// An M2M profile's "sign-in": no user, no password; main asks the token endpoint for an access
// token with the app client's ID and the secret it keeps in the keychain. Started from the
// profile's "Get a token" (`auto`), it asks at once: nothing needs typing.
import { useEffect, useRef } from 'react';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { hostOf } from './BrowserWait';
import { DoctorOffer } from './DoctorOffer';
import { KindSignInForm } from './KindSignInForm';
import type { SignInProps } from './sign-in-props';

/** Gets a first access token for `profile`; `onSignedIn` once main holds it. */
export function ClientCredentialsSignIn(props: SignInProps) {
  const { profile, onSignedIn } = props;
  const action = useAction();
  const scopes = profile.scopes?.join(' ') ?? 'every scope the app client is allowed';
  const { run } = action;
  const getToken = () => {
    void run(
      () => call((api) => api.signIn({ id: profile.id })),
      (step) => {
        if (step.type === 'signed-in') onSignedIn();
      },
    );
  };
  const started = useRef(false);
  useEffect(() => {
    if (!props.auto || started.current) return;
    started.current = true;
    getToken();
  });
  return (
    <>
      <KindSignInForm
        title={`Get a token for ${profile.name}`}
        submitLabel="Get an access token"
        pending={action.pending}
        error={action.error}
        onSubmit={getToken}
        onCancel={props.onCancel}
      >
        <p>
          The app asks <strong>{hostOf(profile.domain)}</strong> for an access token with the app
          client&apos;s ID and secret (no user signs in), for the scopes <code>{scopes}</code>.
        </p>
      </KindSignInForm>
      <DoctorOffer profileId={profile.id} error={action.error} onFix={props.onFix} />
    </>
  );
}

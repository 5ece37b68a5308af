// A browser profile's sign-in: one button that has main open the managed login in the system
// browser, then the waiting screen until the browser comes back. Failures (a taken port, a
// state mismatch, an OAuth error, the wait running out) come back as one sentence and Try again.
// Started from the profile's "Sign in" (`auto`), the browser opens at once.
import { useEffect, useRef, useState } from 'react';
import type { IpcError } from '../../shared/contract';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { BrowserWait, hostOf } from './BrowserWait';
import { DoctorOffer } from './DoctorOffer';
import { KindSignInForm } from './KindSignInForm';
import type { SignInProps } from './sign-in-props';

type Stage = { kind: 'start' } | { kind: 'waiting'; url: string; opened: boolean };

/** Signs `profile` in through its managed login; `onSignedIn` once main holds the tokens. */
export function BrowserSignIn(props: SignInProps) {
  const { profile, onSignedIn } = props;
  const [stage, setStage] = useState<Stage>({ kind: 'start' });
  const [failure, setFailure] = useState<IpcError | null>(null);
  const [note, setNote] = useState('');
  const start = useAction();
  // Set by Cancel: the wait then ends with "cancelled", which is no failure to show.
  const cancelled = useRef(false);
  const mounted = useRef(true);
  const waiting = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Leaving the screen while the browser is out stops that sign-in: no port stays taken.
      if (waiting.current) void call((api) => api.cancelSignIn({ id: profile.id }));
    };
  }, [profile.id]);

  const waitForBrowser = async () => {
    waiting.current = true;
    const result = await call((api) => api.waitBrowserSignIn({ id: profile.id }));
    waiting.current = false;
    if (!mounted.current) return;
    if (result.ok) {
      onSignedIn();
      return;
    }
    setStage({ kind: 'start' });
    if (cancelled.current) {
      setNote(
        `Sign-in cancelled: the app no longer listens at ${profile.redirectUri ?? 'the redirect address'}.`,
      );
    } else setFailure(result.error);
  };
  const begin = () => {
    cancelled.current = false;
    setFailure(null);
    setNote('');
    void start.run(
      () => call((api) => api.startBrowserSignIn({ id: profile.id })),
      (page) => {
        setStage({ kind: 'waiting', ...page });
        void waitForBrowser();
      },
    );
  };

  const started = useRef(false);
  useEffect(() => {
    if (!props.auto || started.current) return;
    started.current = true;
    begin();
  });

  if (stage.kind === 'waiting') {
    return (
      <BrowserWait
        profile={profile}
        url={stage.url}
        opened={stage.opened}
        onCancel={() => {
          cancelled.current = true;
          void call((api) => api.cancelSignIn({ id: profile.id }));
        }}
      />
    );
  }
  const error = failure ?? start.error;
  return (
    <>
      <KindSignInForm
        title={`Sign in to ${profile.name}`}
        submitLabel={error ? 'Try again' : 'Sign in with the browser'}
        pending={start.pending}
        error={error}
        onSubmit={begin}
        onCancel={props.onCancel}
      >
        <p>
          Your browser opens the managed login at <strong>{hostOf(profile.domain)}</strong>
          {profile.identityProvider ? ` (through ${profile.identityProvider})` : ''}; the app gets
          the tokens when the browser comes back to {profile.redirectUri ?? 'the app'}.
        </p>
        {note ? (
          <p className="note" role="status">
            {note}
          </p>
        ) : null}
      </KindSignInForm>
      <DoctorOffer profileId={profile.id} error={error} onFix={props.onFix} />
    </>
  );
}

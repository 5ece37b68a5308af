// The wait while the user signs in in their browser: where the page went, the link to copy (main
// copies it), and Cancel, which stops the app listening for the browser so the port is free.
import { useState } from 'react';
import type { ProfileView } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { Spinner } from '../ui/Spinner';

/** The host a URL points at, for a sentence ("myapp.auth.eu-west-1.amazoncognito.com"). */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The waiting screen; `opened` says whether the system browser took the page. */
export function BrowserWait(props: {
  profile: ProfileView;
  url: string;
  opened: boolean;
  onCancel: () => void;
}) {
  const { profile, url, opened } = props;
  const [note, setNote] = useState('');
  const copy = useAction();
  const listener = profile.redirectUri ?? 'the redirect address';
  return (
    <section className="panel browser-wait" aria-labelledby="browser-wait-title">
      <h2 id="browser-wait-title">Finish signing in in your browser</h2>
      <p>
        {opened
          ? 'Your browser opened the sign-in page at '
          : 'The browser did not open: copy the link and open it in a browser to reach the sign-in page at '}
        <strong>{hostOf(url)}</strong>. When it says you are signed in, come back here.
      </p>
      <p className="waiting">
        <Spinner label="Waiting for the browser" />
        <span>Waiting for the browser to come back to {listener}</span>
      </p>
      <div className="button-row">
        <button
          type="button"
          className={opened ? undefined : 'primary'}
          disabled={copy.pending}
          onClick={() => {
            void copy.run(
              () => call((api) => api.copySignInLink({ id: profile.id })),
              () => {
                setNote('Link copied: paste it into the browser you sign in with.');
              },
            );
          }}
        >
          Copy the link
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      <p className="hint">
        Cancel stops the app listening at {listener}, so the port is free again.
      </p>
      <p className="note" role="status">
        {note}
      </p>
      <ErrorLine error={copy.error} />
    </section>
  );
}

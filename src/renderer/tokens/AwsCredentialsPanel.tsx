// The token view's identity pool part: the user's identity id, when the cached AWS credentials
// expire, and "Copy AWS credentials" (sh export lines, written by main through the secret
// clipboard: the secret key and session token never reach this page).
import { useCallback, useEffect, useState } from 'react';
import type { AwsCredentialsView, ProfileView } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { countdown } from '../../shared/session-words';
import { useNow } from '../hooks/use-now';
import { ErrorLine } from '../ui/ErrorLine';

/** The panel; `refreshKey` changes when the session did (a sign-out forgets the credentials). */
export function AwsCredentialsPanel({
  profile,
  refreshKey,
}: {
  profile: ProfileView;
  refreshKey: string;
}) {
  const [view, setView] = useState<AwsCredentialsView | null>(null);
  const [note, setNote] = useState('');
  const load = useAction();
  const act = useAction();
  const now = useNow();

  const reload = useCallback(() => {
    void load.run(() => call((api) => api.awsCredentialsView({ id: profile.id })), setView);
  }, [profile.id, load.run]);
  useEffect(reload, [reload, refreshKey]);

  const copy = () => {
    void act.run(
      () => call((api) => api.copyAwsCredentials({ id: profile.id })),
      ({ clearsInSeconds }) => {
        setNote(
          clearsInSeconds === null
            ? 'AWS credentials copied as export lines.'
            : `AWS credentials copied as export lines; the clipboard is cleared in ${clearsInSeconds} s.`,
        );
        reload();
      },
    );
  };
  const expiresAt = view?.expiresAt;
  return (
    <section className="aws-credentials" aria-labelledby="aws-title">
      <h4 id="aws-title">AWS credentials</h4>
      <dl className="aws-facts">
        <dt>Identity pool</dt>
        <dd>
          <code>{profile.identityPoolId}</code>
        </dd>
        <dt>Identity id</dt>
        <dd>{view?.identityId ? <code>{view.identityId}</code> : 'none yet'}</dd>
        <dt>Credentials</dt>
        <dd>
          {expiresAt === undefined
            ? 'none cached: the first copy fetches them'
            : `expire in ${countdown(expiresAt - now)}`}
        </dd>
        {profile.roleArn ? (
          <>
            <dt>Role</dt>
            <dd>
              <code>{profile.roleArn}</code>
            </dd>
          </>
        ) : null}
      </dl>
      <div className="button-row">
        <button type="button" disabled={act.pending} onClick={copy}>
          Copy AWS credentials
        </button>
      </div>
      <p className="note" role="status">
        {note}
      </p>
      <ErrorLine error={act.error ?? load.error} />
    </section>
  );
}

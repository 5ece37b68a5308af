// A signed-in profile: a live countdown, the scopes of a managed-login token, copy buttons (the
// copy happens in main), the session's buttons, and both tokens' claims.
import { useCallback, useEffect, useState } from 'react';
import type { CopyRequestSchema } from '../../shared/contract-requests';
import type { ProfileView, TokenView as TokenViewData } from '../../shared/contract-views';
import type { z } from 'zod';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { countdown, useNow } from '../hooks/use-now';
import { ErrorLine } from '../ui/ErrorLine';
import { Spinner } from '../ui/Spinner';
import { ClaimsTable } from './ClaimsTable';
import { SessionActions } from './SessionActions';
import { AwsCredentialsPanel } from './AwsCredentialsPanel';

type Copy = Omit<z.input<typeof CopyRequestSchema>, 'id'>;
const COPIES: [string, Copy][] = [
  ['Copy ID token', { kind: 'id', format: 'raw' }],
  ['Copy access token', { kind: 'access', format: 'raw' }],
  ['Copy Authorization header', { kind: 'id', format: 'header' }],
  ['Copy curl command', { kind: 'id', format: 'curl' }],
];
// An M2M session has only an access token: the header and curl carry it instead.
const ACCESS_ONLY_COPIES: [string, Copy][] = [
  ['Copy access token', { kind: 'access', format: 'raw' }],
  ['Copy Authorization header', { kind: 'access', format: 'header' }],
  ['Copy curl command', { kind: 'access', format: 'curl' }],
];

/** The token view; `refreshKey` changes when the session did (re-read the claims). */
export function TokenView({
  profile,
  refreshKey,
  onSignedOut,
}: {
  profile: ProfileView;
  refreshKey: string;
  onSignedOut: (message: string) => void;
}) {
  const [view, setView] = useState<TokenViewData | null>(null);
  const [note, setNote] = useState('');
  const load = useAction();
  const act = useAction();
  const now = useNow();

  const reload = useCallback(() => {
    void load.run(() => call((api) => api.tokenView({ id: profile.id })), setView);
  }, [profile.id, load.run]);
  useEffect(reload, [reload, refreshKey]);

  const copy = (label: string, request: Copy) => {
    void act.run(
      () => call((api) => api.copyToken({ id: profile.id, ...request })),
      ({ clearsInSeconds }) => {
        const what = label.replace(/^Copy /, '');
        setNote(
          clearsInSeconds === null
            ? `${what} copied.`
            : `${what} copied; the clipboard is cleared in ${clearsInSeconds} s.`,
        );
      },
    );
  };
  if (!view) {
    return load.error ? <ErrorLine error={load.error} /> : <Spinner label="Reading the tokens" />;
  }
  return (
    <section className="panel token-view" aria-labelledby="token-title">
      <h3 id="token-title">Tokens</h3>
      <p className="countdown" aria-label="Time left">
        {view.id ? 'Tokens expire' : 'The access token expires'} in{' '}
        <strong>{countdown(view.expiresAt - now)}</strong>
      </p>
      {profile.signIn === 'password' ? null : <Scopes scopes={view.access.scopes} />}
      <div className="button-row" role="group" aria-label="Copy">
        {(view.id ? COPIES : ACCESS_ONLY_COPIES).map(([label, request]) => (
          <button
            key={label}
            type="button"
            disabled={act.pending}
            onClick={() => {
              copy(label, request);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <SessionActions
        profile={profile}
        act={act}
        expiresAt={view.expiresAt}
        onNote={setNote}
        onRefreshed={reload}
        onSignedOut={onSignedOut}
      />
      <p className="note" role="status">
        {note}
      </p>
      <ErrorLine error={act.error} />
      {view.id && view.hasRefreshToken ? null : <p className="note">{absentTokens(view)}</p>}
      {profile.identityPoolId ? (
        <AwsCredentialsPanel profile={profile} refreshKey={refreshKey} />
      ) : null}
      <div className="claims-grid">
        {view.id ? <ClaimsTable title="ID token" token={view.id} now={now} /> : null}
        <ClaimsTable title="Access token" token={view.access} now={now} />
      </div>
    </section>
  );
}

/** Says which tokens this session does not have, and why, rather than showing empty fields. */
function absentTokens(view: TokenViewData): string {
  if (!view.id && !view.hasRefreshToken) {
    return 'App client credentials (M2M) give an access token only: there is no ID token and no refresh token, and a new access token is fetched before this one runs out.';
  }
  if (!view.id) return 'This session has no ID token.';
  return 'This session has no refresh token: sign in again when the tokens run out.';
}

/** The access token's scopes, shown up front: what a managed-login token may do. */
function Scopes({ scopes }: { scopes: readonly string[] }) {
  return (
    <div className="scopes">
      <h4 id="scopes-title">Scopes</h4>
      {scopes.length === 0 ? (
        <p>The access token carries no scope.</p>
      ) : (
        <ul aria-labelledby="scopes-title">
          {scopes.map((scope) => (
            <li key={scope}>
              <code>{scope}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// A signed-in profile: a live countdown, "Copy ID token" as the main button (the copy happens in
// main), the Authorization header and curl copies with the token they carry chosen (the ID token
// by default, as API Gateway's Cognito authorizer expects), the session's buttons, and every claim
// of both tokens.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProfileView, TokenView as TokenViewData } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { countdown } from '../../shared/session-words';
import { useNow } from '../hooks/use-now';
import { ErrorLine } from '../ui/ErrorLine';
import { Spinner } from '../ui/Spinner';
import { ClaimsTable } from './ClaimsTable';
import { copiedSentence } from './copy-sentence';
import { RequestCopies } from './RequestCopies';
import { SessionActions } from './SessionActions';
import { AwsCredentialsPanel } from './AwsCredentialsPanel';

type Kind = 'id' | 'access';
type Format = 'raw' | 'header' | 'curl' | 'payload';

const TOKEN_NAMES: Record<Kind, string> = { id: 'ID token', access: 'Access token' };

/** The token view; `refreshKey` changes when the session did (re-read the claims). */
export function TokenView({
  profile,
  refreshKey,
  focusMain,
  onSignedOut,
}: {
  profile: ProfileView;
  refreshKey: string;
  /** Put the focus on the main copy button once the tokens are read (after a sign-in). */
  focusMain: boolean;
  onSignedOut: (message: string) => void;
}) {
  const [view, setView] = useState<TokenViewData | null>(null);
  const [note, setNote] = useState('');
  const load = useAction();
  const act = useAction();
  const now = useNow();
  const main = useRef<HTMLButtonElement>(null);

  const reload = useCallback(() => {
    void load.run(() => call((api) => api.tokenView({ id: profile.id })), setView);
  }, [profile.id, load.run]);
  useEffect(reload, [reload, refreshKey]);
  const loaded = view !== null;
  useEffect(() => {
    if (loaded && focusMain) main.current?.focus();
  }, [loaded, focusMain]);

  const copy = (kind: Kind, format: Format, what: string) => {
    setNote('');
    void act.run(
      () => call((api) => api.copyToken({ id: profile.id, kind, format })),
      ({ clearsInSeconds }) => {
        setNote(copiedSentence(what, clearsInSeconds));
      },
    );
  };
  if (!view) {
    return load.error ? <ErrorLine error={load.error} /> : <Spinner label="Reading the tokens" />;
  }
  // An M2M session has only an access token: it is the main copy, and the header's token.
  const mainKind: Kind = view.id ? 'id' : 'access';
  return (
    <section className="token-view" aria-labelledby="token-title">
      <div className="token-head">
        <h3 id="token-title">Tokens</h3>
        <p className="countdown" aria-label="Time left">
          {view.id ? 'Tokens expire' : 'The access token expires'} in{' '}
          <strong>{countdown(view.expiresAt - now)}</strong>
        </p>
      </div>
      <div className="button-row" role="group" aria-label="Copy">
        <button
          ref={main}
          type="button"
          className="primary"
          disabled={act.pending}
          onClick={() => {
            copy(mainKind, 'raw', TOKEN_NAMES[mainKind]);
          }}
        >
          Copy {mainKind === 'id' ? 'ID' : 'access'} token
        </button>
        {view.id ? (
          <button
            type="button"
            disabled={act.pending}
            onClick={() => {
              copy('access', 'raw', TOKEN_NAMES.access);
            }}
          >
            Copy access token
          </button>
        ) : null}
      </div>
      <RequestCopies
        hasIdToken={view.id !== undefined}
        disabled={act.pending}
        onCopy={(kind, format, what) => {
          copy(kind, format, what);
        }}
      />
      <p className="note" role="status">
        {note}
      </p>
      <ErrorLine error={act.error} />
      <SessionActions
        profile={profile}
        act={act}
        expiresAt={view.expiresAt}
        onNote={setNote}
        onRefreshed={reload}
        onSignedOut={onSignedOut}
      />
      {profile.signIn === 'password' ? null : <Scopes scopes={view.access.scopes} />}
      {view.id && view.hasRefreshToken ? null : <p className="hint">{absentTokens(view)}</p>}
      {profile.identityPoolId ? (
        <AwsCredentialsPanel profile={profile} refreshKey={refreshKey} />
      ) : null}
      <div className="claims-grid">
        {view.id ? (
          <ClaimsTable
            title="ID token"
            token={view.id}
            now={now}
            copyDisabled={act.pending}
            onCopyPayload={() => {
              copy('id', 'payload', 'ID token payload');
            }}
          />
        ) : null}
        <ClaimsTable
          title="Access token"
          token={view.access}
          now={now}
          copyDisabled={act.pending}
          onCopyPayload={() => {
            copy('access', 'payload', 'Access token payload');
          }}
        />
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

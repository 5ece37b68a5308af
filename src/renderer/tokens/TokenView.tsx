// A signed-in profile: a live countdown, copy buttons (the copy happens in main), refresh,
// sign out (here or everywhere), change password, and both tokens' claims.
import { useCallback, useEffect, useState } from 'react';
import type { CopyRequestSchema } from '../../shared/contract-requests';
import type { ProfileView, TokenView as TokenViewData } from '../../shared/contract-views';
import type { z } from 'zod';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { countdown, useNow } from '../hooks/use-now';
import { ErrorLine } from '../ui/ErrorLine';
import { Spinner } from '../ui/Spinner';
import { ChangePassword } from './ChangePassword';
import { ClaimsTable } from './ClaimsTable';

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
  const [changing, setChanging] = useState(false);
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
  const signOut = (everywhere: boolean) => {
    void act.run(
      () => call((api) => api.signOut({ id: profile.id, everywhere })),
      (outcome) => {
        const parts = [everywhere ? 'Signed out on every device.' : 'Signed out.'];
        if (outcome.unconfirmed) parts[0] = `Signed out here; ${outcome.unconfirmed}`;
        if (outcome.notRemoved) parts.push(outcome.notRemoved);
        if (outcome.device) parts.push(outcome.device);
        onSignedOut(parts.join(' '));
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
        Tokens expire in <strong>{countdown(view.expiresAt - now)}</strong>
      </p>
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
      <div className="button-row" role="group" aria-label="Session">
        <button
          type="button"
          disabled={act.pending}
          onClick={() => {
            void act.run(
              () => call((api) => api.refreshNow({ id: profile.id })),
              () => {
                setNote('Tokens refreshed.');
                reload();
              },
            );
          }}
        >
          Refresh now
        </button>
        <button
          type="button"
          disabled={act.pending}
          onClick={() => {
            signOut(false);
          }}
        >
          Sign out
        </button>
        <button
          type="button"
          disabled={act.pending}
          onClick={() => {
            signOut(true);
          }}
        >
          Sign out everywhere
        </button>
        <button
          type="button"
          onClick={() => {
            setChanging(true);
          }}
        >
          Change password
        </button>
        {act.pending ? <Spinner label="Working" /> : null}
      </div>
      <p className="note" role="status">
        {note}
      </p>
      <ErrorLine error={act.error} />
      {changing ? (
        <ChangePassword
          profileId={profile.id}
          onDone={(message) => {
            setChanging(false);
            setNote(message);
          }}
        />
      ) : null}
      {view.id && view.hasRefreshToken ? null : <p className="note">{absentTokens(view)}</p>}
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

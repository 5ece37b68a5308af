// After a sign-in to a pool that lets users choose: one question, whether to remember this
// computer so later sign-ins here skip MFA. Asked only when the settings say "ask".
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';

/** Remember / Not now / Don't ask again; `onDone` once answered. */
export function RememberDevice({ profileId, onDone }: { profileId: string; onDone: () => void }) {
  const action = useAction();
  return (
    <section className="panel" aria-labelledby="remember-device-title">
      <h2 id="remember-device-title">Remember this computer?</h2>
      <p>
        Signed in. This user pool lets you choose whether Cognito remembers this computer: if it
        does, later sign-ins here skip the MFA code. Signing out everywhere, or removing the
        profile, forgets it again.
      </p>
      <ErrorLine error={action.error} />
      <div className="button-row">
        <button
          type="button"
          disabled={action.pending}
          onClick={() => {
            void action.run(() => call((api) => api.rememberDevice({ id: profileId })), onDone);
          }}
        >
          Remember this computer
        </button>
        <button type="button" autoFocus disabled={action.pending} onClick={onDone}>
          Not now
        </button>
        <button
          type="button"
          disabled={action.pending}
          onClick={() => {
            void action.run(
              () => call((api) => api.changeSettings({ rememberDevices: 'never' })),
              onDone,
            );
          }}
        >
          Don&apos;t ask again
        </button>
      </div>
    </section>
  );
}

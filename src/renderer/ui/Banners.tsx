// The banners across the top: the keychain is still being checked (at start), the keychain
// cannot be used (sign-ins will not last), and a profile file was found corrupt and set aside
// (where its backup is).
import type { Notices } from '../../shared/contract-views';

/** The keychain reason main sends while its start-up probe runs. */
const CHECKING = 'checking';

/** Shows what the notices say; nothing when all is well. */
export function Banners({ notices }: { notices: Notices | null }) {
  if (!notices) return null;
  const checking = !notices.keychain.ok && notices.keychain.reason === CHECKING;
  return (
    <>
      {checking ? (
        <div className="banner info" role="status">
          {notices.keychain.ok ? null : notices.keychain.message}
        </div>
      ) : null}
      {notices.keychain.ok || checking ? null : (
        <div className="banner warning" role="alert" aria-labelledby="keychain-banner-title">
          <strong id="keychain-banner-title">The keychain is unavailable.</strong>{' '}
          {notices.keychain.message} Sign-ins last only until the app quits.
        </div>
      )}
      {notices.recovery ? (
        <div className="banner warning" role="alert">
          <strong>Your profile file was damaged and has been set aside.</strong>{' '}
          {notices.recovery.reason} The backup is at <code>{notices.recovery.backupPath}</code>.
        </div>
      ) : null}
    </>
  );
}

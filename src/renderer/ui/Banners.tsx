// The banners across the top: the keychain cannot be used (sign-ins will not last), and a
// profile file was found corrupt and set aside (where its backup is).
import type { Notices } from '../../shared/contract-views';

/** Shows what the notices say; nothing when all is well. */
export function Banners({ notices }: { notices: Notices | null }) {
  if (!notices) return null;
  return (
    <>
      {notices.keychain.ok ? null : (
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

// Authenticator set-up: the QR code to scan, the key as text to type, and a copy button. The
// copy is main's, like a token's: the key goes on the clipboard marked secret (no clipboard
// history or sync) and is cleared after the configured seconds.
import { useState } from 'react';
import { call } from '../bridge';
import { QrCode, setupKey } from './QrCode';

/** Shows the otpauth URI as a QR code and its key. */
export function MfaSetupPanel({
  otpauthUri,
  profileId,
}: {
  otpauthUri: string;
  profileId: string;
}) {
  const key = setupKey(otpauthUri);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    const result = await call((api) => api.copySetupKey({ id: profileId }));
    if (!result.ok) {
      setCopied(`${result.error.message} Select the key and copy it by hand.`);
      return;
    }
    const { clearsInSeconds } = result.value;
    setCopied(
      clearsInSeconds === null
        ? 'Key copied.'
        : `Key copied; the clipboard is cleared in ${clearsInSeconds} s.`,
    );
  };
  return (
    <div className="mfa-setup">
      <QrCode text={otpauthUri} label="QR code to scan with an authenticator app" />
      <div>
        <p>Scan the code with an authenticator app, or type this key into it:</p>
        <p>
          <code className="setup-key" aria-label="Authenticator setup key">
            {key}
          </code>
        </p>
        <button
          type="button"
          onClick={() => {
            void copy();
          }}
        >
          Copy key
        </button>{' '}
        <span role="status">{copied}</span>
        <p>Then enter the first code it shows.</p>
      </div>
    </div>
  );
}

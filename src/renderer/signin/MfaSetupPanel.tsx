// Authenticator set-up: the QR code to scan, the key as text to type, and a copy button.
import { useState } from 'react';
import { copyShownText } from './copy-text';
import { QrCode, setupKey } from './QrCode';

/** Shows the otpauth URI as a QR code and its key. */
export function MfaSetupPanel({ otpauthUri }: { otpauthUri: string }) {
  const key = setupKey(otpauthUri);
  const [copied, setCopied] = useState<string | null>(null);
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
            setCopied(
              copyShownText(key.replace(/ /g, ''))
                ? 'Key copied.'
                : 'Select the key and copy it by hand.',
            );
          }}
        >
          Copy key
        </button>
        <span role="status">{copied}</span>
        <p>Then enter the first code it shows.</p>
      </div>
    </div>
  );
}

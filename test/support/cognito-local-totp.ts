// TOTP for tests: turns on software-token MFA for a user and computes codes like an authenticator app.
import {
  AssociateSoftwareTokenCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { Secret, TOTP } from 'otpauth';

/** Codes closer than this to the end of their 30 s window are not used: they may expire in flight. */
const EDGE_MARGIN_MS = 3_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The current 6-digit code for a base32 secret, waiting for the next window when this one is nearly over. */
export async function totpCode(base32Secret: string): Promise<string> {
  const totp = new TOTP({ secret: Secret.fromBase32(base32Secret), digits: 6, period: 30 });
  const remaining = totp.remaining();
  if (remaining < EDGE_MARGIN_MS) await sleep(remaining + 250);
  return totp.generate();
}

/** A 6-digit code that is certainly not the current one (nor its neighbours'). */
export function wrongTotpCode(base32Secret: string): string {
  const totp = new TOTP({ secret: Secret.fromBase32(base32Secret), digits: 6, period: 30 });
  const near = new Set(
    [-60_000, -30_000, 0, 30_000, 60_000].map((d) => totp.generate({ timestamp: Date.now() + d })),
  );
  let candidate = 0;
  while (near.has(String(candidate).padStart(6, '0'))) candidate += 1;
  return String(candidate).padStart(6, '0');
}

/**
 * Turns on TOTP MFA the way a signed-in user does it (AssociateSoftwareToken, VerifySoftwareToken,
 * SetUserMFAPreference with the access token); returns the base32 secret.
 * cognito-local does not drive MFA_SETUP during sign-in, so this is how its users get MFA.
 */
export async function enableTotpMfa(
  client: CognitoIdentityProviderClient,
  accessToken: string,
): Promise<string> {
  const { SecretCode } = await client.send(
    new AssociateSoftwareTokenCommand({ AccessToken: accessToken }),
  );
  if (!SecretCode) throw new Error('AssociateSoftwareToken returned no secret');
  const verified = await client.send(
    new VerifySoftwareTokenCommand({
      AccessToken: accessToken,
      UserCode: await totpCode(SecretCode),
      FriendlyDeviceName: 'test authenticator',
    }),
  );
  if (verified.Status !== 'SUCCESS')
    throw new Error(`VerifySoftwareToken said ${String(verified.Status)}`);
  await client.send(
    new SetUserMFAPreferenceCommand({
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    }),
  );
  return SecretCode;
}

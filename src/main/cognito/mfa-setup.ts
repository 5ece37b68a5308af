// MFA_SETUP during sign-in: Cognito wants the user to register an authenticator app before it hands
// out tokens. AssociateSoftwareToken gives the TOTP secret, VerifySoftwareToken checks the first
// code, and each call hands back a new Session that the next call must use.
import {
  AssociateSoftwareTokenCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AuthError } from '../../shared/errors';
import { parseStringList } from './challenges';
import { type Wire, callCognito, callCognitoOnce } from './wire';

/** Builds otpauth://totp/<issuer>:<account>?secret=...&issuer=... with each part URL-encoded. */
export function otpauthUri(input: { issuer: string; account: string; secret: string }): string {
  const issuer = encodeURIComponent(input.issuer);
  const label = `${issuer}:${encodeURIComponent(input.account)}`;
  return `otpauth://totp/${label}?secret=${encodeURIComponent(input.secret)}&issuer=${issuer}`;
}

/** The issuer name authenticator apps show for this pool. */
export function issuerFor(poolName: string): string {
  return `Cognito ${poolName}`;
}

/** Throws AuthError('mfa-not-supported') unless MFAS_CAN_SETUP offers an authenticator app. */
export function assertTotpSetupOffered(parameters: Record<string, string>): void {
  const offered = parseStringList(parameters.MFAS_CAN_SETUP, 'MFAS_CAN_SETUP');
  if (offered.includes('SOFTWARE_TOKEN_MFA')) return;
  const others = offered.length > 0 ? offered.join(', ') : 'no method';
  throw new AuthError(
    'mfa-not-supported',
    `This user must set up MFA, but the user pool offers ${others} for setup and this app can only set up an authenticator app: set up MFA for the user another way, or enable authenticator apps (TOTP) in the pool.`,
  );
}

/** AssociateSoftwareToken: the TOTP secret to show and the Session to continue with. */
export async function associateTotp(
  wire: Wire,
  session: string,
): Promise<{ secretCode: string; session: string }> {
  const result = await callCognito(
    wire,
    'mfa-setup',
    (client) => client.send(new AssociateSoftwareTokenCommand({ Session: session })),
    [session],
  );
  if (!result.SecretCode || !result.Session) {
    throw new AuthError(
      'unexpected-response',
      'Cognito did not return an authenticator secret for MFA setup: start the sign-in again.',
    );
  }
  return { secretCode: result.SecretCode, session: result.Session };
}

/** VerifySoftwareToken with the user's first code; returns the Session for RespondToAuthChallenge. */
export async function verifyTotp(wire: Wire, session: string, code: string): Promise<string> {
  const result = await callCognitoOnce(
    wire,
    'mfa-setup',
    (client) => client.send(new VerifySoftwareTokenCommand({ Session: session, UserCode: code })),
    [session, code],
  );
  if (result.Status !== 'SUCCESS') {
    throw new AuthError(
      'code-mismatch',
      'The authenticator code is wrong: enter the current code from the app.',
    );
  }
  if (!result.Session) {
    throw new AuthError(
      'unexpected-response',
      'Cognito accepted the authenticator code but sent no session to finish with: start the sign-in again.',
    );
  }
  return result.Session;
}

// The vocabulary of a sign-in, shared by the engine, the CLI and (later) the renderer.
// Pure types and constants: no Node, no DOM, no Electron.

/**
 * How a user signs in: the password proven by SRP (the Cognito default) or sent plainly
 * (USER_PASSWORD_AUTH), or `choice` (USER_AUTH: the user picks a method the pool offers).
 */
export type AuthFlow = 'srp' | 'password' | 'choice';

/** Sign-in methods of the choice flow this app can walk (WEB_AUTHN needs a browser's passkey API). */
export const SIGN_IN_METHODS = ['EMAIL_OTP', 'SMS_OTP', 'PASSWORD', 'PASSWORD_SRP'] as const;

/** One method of the choice flow; a profile may prefer one (PREFERRED_CHALLENGE). */
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** Challenges a person (or a script) must answer; PASSWORD_VERIFIER is answered by the engine itself. */
export const CHALLENGE_NAMES = [
  'NEW_PASSWORD_REQUIRED',
  'SMS_MFA',
  'SOFTWARE_TOKEN_MFA',
  'EMAIL_OTP',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'SELECT_CHALLENGE',
  'SMS_OTP',
] as const;

/** One challenge a person answers. */
export type ChallengeName = (typeof CHALLENGE_NAMES)[number];

/** One value the user is asked for; its `name` is the key in the answers map. */
export interface ChallengeField {
  /** Answer key: 'newPassword', 'code', 'mfaType', 'method', or a user attribute name such as 'given_name'. */
  name: string;
  /** Short human label, e.g. "New password" or "Given name". */
  label: string;
  kind: 'new-password' | 'code' | 'choice' | 'attribute';
  required: boolean;
  /**
   * The allowed values of a 'choice' field (SELECT_MFA_TYPE: 'SMS_MFA', 'SOFTWARE_TOKEN_MFA',
   * 'EMAIL_OTP'; SELECT_CHALLENGE: SIGN_IN_METHODS).
   */
  options?: string[];
}

/** A step of the conversation where the user must answer before sign-in can go on. */
export interface ChallengeStep {
  type: 'challenge';
  challenge: ChallengeName;
  /** One sentence telling the user what to do. */
  prompt: string;
  fields: ChallengeField[];
  /** Masked place a code was sent to (CODE_DELIVERY_DESTINATION), when Cognito says. */
  destination?: string;
  /** MFA_SETUP only: the otpauth:// URI to add to an authenticator app (it holds the TOTP secret). */
  otpauthUri?: string;
}

/** The tokens Cognito handed out, plus what callers need to keep them fresh. */
export interface TokenSet {
  /** Absent for app client credentials (M2M): Cognito issues only an access token then. */
  idToken?: string;
  accessToken: string;
  /** Absent after a refresh that did not rotate it: keep the previous one. */
  refreshToken?: string;
  /** Expiry of the id/access tokens, epoch milliseconds (from the token's exp claim). */
  expiresAt: number;
  /** When they were issued, epoch milliseconds (iat), when the tokens say. */
  issuedAt?: number;
  /** The internal username (cognito:username): the identity SECRET_HASH needs at refresh. */
  username: string;
}

/**
 * What a sign-in did about this computer as a Cognito device: 'remembered' (later sign-ins skip
 * MFA), or 'not-remembered' (tracked, so refreshes work, but the pool lets the user choose and
 * remembering was not asked for).
 */
export type DeviceOutcome = 'remembered' | 'not-remembered';

/** The conversation has ended with tokens. */
export interface SignedInStep {
  type: 'signed-in';
  tokens: TokenSet;
  /** Only when the pool tracks devices. */
  device?: DeviceOutcome;
}

/** Where a sign-in stands after each call: waiting on the user, or done. */
export type AuthStep = ChallengeStep | SignedInStep;

/** Every stable error code the engine can raise. */
export const AUTH_ERROR_CODES = [
  'invalid-input',
  'wrong-credentials',
  'secret-hash',
  'client-secret-required',
  'user-not-found',
  'password-reset-required',
  'user-not-confirmed',
  'user-disabled',
  'invalid-password',
  'code-mismatch',
  'expired-code',
  'session-expired',
  'too-many-requests',
  'limit-exceeded',
  'flow-not-enabled',
  'resource-not-found',
  'refresh-token-invalid',
  'mfa-not-supported',
  'not-signed-in',
  'identity-pool-not-found',
  'identity-pool-untrusted',
  'identity-pool-no-role',
  'identity-role-refused',
  'network',
  'timeout',
  'server',
  'unexpected-response',
  'cancelled',
  'clipboard-refused',
  'unknown',
] as const;

/** A stable, machine-readable reason for a failed auth operation. */
export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

/** Broad class of failure; the CLI maps it to an exit code (input 2, rejected 3, network 4). */
export type AuthErrorKind = 'input' | 'rejected' | 'network';

/** Which kind each code belongs to. */
export const AUTH_ERROR_KIND: Record<AuthErrorCode, AuthErrorKind> = {
  'invalid-input': 'input',
  'wrong-credentials': 'rejected',
  'secret-hash': 'rejected',
  'client-secret-required': 'rejected',
  'user-not-found': 'rejected',
  'password-reset-required': 'rejected',
  'user-not-confirmed': 'rejected',
  'user-disabled': 'rejected',
  'invalid-password': 'rejected',
  'code-mismatch': 'rejected',
  'expired-code': 'rejected',
  'session-expired': 'rejected',
  'too-many-requests': 'rejected',
  'limit-exceeded': 'rejected',
  'flow-not-enabled': 'rejected',
  'resource-not-found': 'rejected',
  'refresh-token-invalid': 'rejected',
  'mfa-not-supported': 'rejected',
  'not-signed-in': 'rejected',
  'identity-pool-not-found': 'rejected',
  'identity-pool-untrusted': 'rejected',
  'identity-pool-no-role': 'rejected',
  'identity-role-refused': 'rejected',
  network: 'network',
  timeout: 'network',
  server: 'network',
  'unexpected-response': 'rejected',
  // The user stopped a browser sign-in; the CLI may answer it with EXIT.cancelled.
  cancelled: 'input',
  // The desktop refused a clipboard write (the app and the tray only; the CLI never copies).
  'clipboard-refused': 'rejected',
  unknown: 'rejected',
};

/** Decoded, non-secret facts about a token, for display. */
export interface TokenClaims {
  tokenUse?: 'id' | 'access';
  username?: string;
  email?: string;
  groups: string[];
  scope?: string;
  issuedAt?: number;
  expiresAt?: number;
  clientId?: string;
  sub?: string;
}

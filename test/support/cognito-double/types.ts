// The shapes tests configure the Cognito double with, and the handle they get back.

/** MFA set-up of one user. */
export interface DoubleUserMfa {
  sms?: boolean;
  email?: boolean;
  /** Base32 secret of an already registered authenticator app. */
  totpSecret?: string;
  /** Ask for MFA_SETUP (TOTP) on the next sign-in. */
  setupRequired?: boolean;
  preferred?: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';
}

/** One user of a pool; the double keeps and mutates the very object the test passed in. */
export interface DoubleUser {
  /** Internal username (cognito:username), e.g. a UUID when people sign in with an email alias. */
  username: string;
  password: string;
  email?: string;
  attributes?: Record<string, string>;
  status?: 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'RESET_REQUIRED' | 'UNCONFIRMED';
  enabled?: boolean;
  mfa?: DoubleUserMfa;
  /** For NEW_PASSWORD_REQUIRED, e.g. ['given_name']. */
  requiredAttributes?: string[];
  groups?: string[];
  /** SRP salt as hex (default: 16 random bytes); a first byte >= 0x80 exercises the padHex sign rule. */
  srpSalt?: string;
  /** A registered passkey: USER_AUTH then lists WEB_AUTHN (when the pool allows it). */
  passkey?: boolean;
}

/** The sign-in flows an app client may allow. */
export type DoubleFlow =
  'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'USER_AUTH' | 'REFRESH_TOKEN_AUTH';

/** A first sign-in factor of USER_AUTH (the pool's AllowedFirstAuthFactors). */
export type DoubleFirstFactor = 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

/** One app client. */
export interface DoubleClient {
  clientId: string;
  clientSecret?: string;
  /** Default: USER_SRP_AUTH, USER_PASSWORD_AUTH and REFRESH_TOKEN_AUTH (USER_AUTH only when listed). */
  flows?: DoubleFlow[];
  /** Refresh-token rotation: GetTokensFromRefreshToken hands out a new refresh token each time. */
  refreshRotation?: boolean;
  /** Lifetime of id and access tokens (default 3600). */
  tokenValiditySeconds?: number;
  /** AllowedOAuthFlows at /oauth2/token: 'client_credentials' needs a client secret (default none). */
  oauthFlows?: ('code' | 'client_credentials')[];
  /** AllowedOAuthScopes, e.g. ['orders/read']; client credentials may ask only for custom (x/y) ones. */
  oauthScopes?: string[];
  /** CallbackURLs that /oauth2/authorize accepts as redirect_uri (exact match). */
  callbackUrls?: string[];
}

/** One user pool with its clients and users. */
export interface DoublePool {
  /** '<region>_<id>', e.g. 'eu-west-1_Double1'. */
  userPoolId: string;
  /** Users may sign in with their (verified) email instead of the internal username. */
  emailAlias?: boolean;
  preventUserExistenceErrors?: boolean;
  /** Default 8; upper, lower and digit are always required. */
  passwordMinLength?: number;
  clients: DoubleClient[];
  users: DoubleUser[];
  /** USER_AUTH's first factors (default all four); PASSWORD covers PASSWORD and PASSWORD_SRP. */
  firstAuthFactors?: DoubleFirstFactor[];
  /** The SMS, email and forgot-password code (default '123456'). */
  fixedCode?: string;
  /**
   * Device tracking ("remember user devices"): 'always' remembers every confirmed device,
   * 'opt-in' only those UpdateDeviceStatus marks remembered; absent means off.
   */
  deviceTracking?: 'always' | 'opt-in';
}

/** One device Cognito tracks for a user (the double keeps and mutates this object). */
export interface DoubleDevice {
  /** '<region>_<uuid>', as NewDeviceMetadata.DeviceKey. */
  key: string;
  groupKey: string;
  username: string;
  /** ConfirmDevice stored its verifier; until then refreshes bound to it fail. */
  confirmed: boolean;
  remembered: boolean;
  name?: string;
  /** Hex, from DeviceSecretVerifierConfig. */
  salt?: string;
  verifier?: bigint;
}

/** One request as the double received it. */
export interface DoubleRequest {
  operation: string;
  body: Record<string, unknown>;
  /** HTTP status answered (set once the answer is sent). */
  status?: number;
  /** The error's __type when the answer was an error. */
  errorType?: string;
}

/** Fault switches; counters go down by one per request they hit. */
export interface DoubleFaults {
  /** Answer the next N requests with 400 TooManyRequestsException. */
  throttleNext: number;
  /** Answer the next N requests with 500 InternalErrorException. */
  serverErrorNext: number;
  /** Hold every request this long before handling it. */
  delayMs: number;
  /** Answer every request of this operation with 500 InternalErrorException until cleared. */
  serverErrorFor?: string;
}

/** A running double. */
export interface CognitoDouble {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  requests: DoubleRequest[];
  faults: DoubleFaults;
  /** The live pool; throws ResourceNotFoundException for an unknown id. */
  pool(id: string): DoublePool;
  /** The live user, looked up by internal username. */
  user(poolId: string, username: string): DoubleUser;
  /** Ages every open challenge session past Cognito's 3-minute limit. */
  expireSessions(): void;
  /** Ages every outstanding forgot-password code past its 1-hour limit. */
  expireCodes(): void;
  /** The live devices of a user (remove one to make Cognito forget it behind the client's back). */
  devices(poolId: string, username: string): DoubleDevice[];
  close(): Promise<void>;
}

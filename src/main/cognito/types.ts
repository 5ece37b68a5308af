// The engine's public contract: what the CLI, the sessions layer and the app call.
import type { AuthFlow, AuthStep, DeviceOutcome, SignInMethod, TokenSet } from '../../shared/auth';

export type { DeviceOutcome } from '../../shared/auth';

/** Where and how to reach one app client of one user pool. */
export interface PoolConnection {
  /** "<region>_<id>", e.g. "us-east-2_AbC123"; the region comes from here. */
  userPoolId: string;
  clientId: string;
  /** Optional; when given it must agree with the pool id's region. */
  region?: string;
  /** Only for app clients that have a secret; turns on SECRET_HASH. */
  clientSecret?: string;
  /** Override the Cognito endpoint, e.g. http://127.0.0.1:9229 for an emulator. */
  endpoint?: string;
  /** Per-request timeout in milliseconds (default 10 000). */
  timeoutMs?: number;
}

/** A sign-in in progress; the Cognito Session string and SRP state stay inside it. */
export interface SignInConversation {
  /** The latest step: a challenge to answer, or signed-in with tokens. */
  readonly step: AuthStep;
  /**
   * Answers the current challenge (keys are the step's field names) and returns the next step.
   * At SELECT_CHALLENGE, an extra `password` answer serves PASSWORD and PASSWORD_SRP when the
   * sign-in began without one.
   */
  respond(answers: Record<string, string>): Promise<AuthStep>;
  /** Once signed in: what happened to this computer's device (undefined: not tracked). */
  readonly device?: DeviceOutcome | undefined;
}

/** Input to start a sign-in. */
export interface SignInInput {
  flow: AuthFlow;
  /** What the user typed: a username, or an email/phone alias. */
  username: string;
  /** Required for srp and password; in the choice flow only for PASSWORD and PASSWORD_SRP ('' for none). */
  password: string;
  /** The choice flow only: the method to ask for at InitiateAuth (PREFERRED_CHALLENGE). */
  preferredChallenge?: SignInMethod | undefined;
  /**
   * In a pool where users opt in to remembering devices: remember this computer (so later
   * sign-ins skip MFA). Pools that always remember do so whatever this says.
   */
  rememberDevice?: boolean;
}

/** The device Cognito tracks this computer as; every field is a secret kept in the keychain. */
export interface RememberedDevice {
  /** NewDeviceMetadata.DeviceKey. */
  key: string;
  /** NewDeviceMetadata.DeviceGroupKey. */
  groupKey: string;
  /** The random device password its SRP verifier was made from. */
  password: string;
}

/** Where one profile's device is kept; the engine reads and writes it itself. */
export interface DeviceStore {
  load(): Promise<RememberedDevice | null>;
  save(device: RememberedDevice): Promise<void>;
  forget(): Promise<void>;
}

/** What forgetting the device did, said exactly: Cognito may not have been reached. */
export interface DeviceForgetOutcome {
  /** The keychain held a device for this profile (it is deleted now). */
  held: boolean;
  /** Cognito confirmed it forgot the device (or no longer knew it). */
  forgottenAtCognito: boolean;
  /** Why Cognito did not confirm it, when it was asked. */
  failure?: Error;
}

/** Input to refresh tokens. */
export interface RefreshInput {
  refreshToken: string;
  /** The internal username (cognito:username, TokenSet.username); SECRET_HASH needs it. */
  username: string;
  /** Use GetTokensFromRefreshToken (app clients with refresh-token rotation). */
  rotation?: boolean;
}

/** Where a reset or confirmation code was sent. */
export interface CodeDelivery {
  destination?: string;
  medium?: string;
}

/** Every Cognito user-pool operation the app needs, bound to one PoolConnection. */
export interface CognitoEngine {
  /** Starts InitiateAuth (SRP, password or USER_AUTH) and walks PASSWORD_VERIFIER itself. */
  signIn(input: SignInInput): Promise<SignInConversation>;
  /** REFRESH_TOKEN_AUTH, or GetTokensFromRefreshToken when rotation is on. */
  refresh(input: RefreshInput): Promise<TokenSet>;
  forgotPassword(username: string): Promise<CodeDelivery>;
  confirmForgotPassword(input: {
    username: string;
    code: string;
    newPassword: string;
  }): Promise<void>;
  changePassword(input: {
    accessToken: string;
    previousPassword: string;
    proposedPassword: string;
  }): Promise<void>;
  getUser(accessToken: string): Promise<{ username: string; attributes: Record<string, string> }>;
  /** RevokeToken on the refresh token; with global, GlobalSignOut on the access token as well. */
  signOut(input: { refreshToken?: string; accessToken?: string; global?: boolean }): Promise<void>;
  /**
   * ForgetDevice for the profile's device (needs a live access token; without one Cognito is not
   * asked), then deletes the device from the keychain either way.
   */
  forgetDevice(accessToken: string | undefined): Promise<DeviceForgetOutcome>;
  /** UpdateDeviceStatus of the profile's device: remembered (skips MFA) or not. */
  setDeviceRemembered(accessToken: string, remembered: boolean): Promise<void>;
}

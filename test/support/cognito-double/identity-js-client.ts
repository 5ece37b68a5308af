// amazon-cognito-identity-js driven through promises: the reference client the double must satisfy.
// identity-js is deprecated upstream (Amplify v6), but it is the independent client we check against.
/* eslint-disable @typescript-eslint/no-deprecated */
import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserPool,
  type CognitoUserSession,
  type IAuthenticationCallback,
  type ICognitoStorage,
} from 'amazon-cognito-identity-js';

/** Where a sign-in stopped: signed in, or the challenge identity-js surfaced. */
export type SignInOutcome =
  | { step: 'success'; session: CognitoUserSession }
  | {
      step: 'newPasswordRequired';
      userAttributes: Record<string, string>;
      requiredAttributes: string[];
    }
  | {
      step: 'mfaRequired' | 'totpRequired' | 'mfaSetup' | 'selectMFAType';
      parameters: Record<string, string>;
    };

// identity-js's default storage is one process-wide object; a private one keeps tests apart.
class MapStorage implements ICognitoStorage {
  readonly #items = new Map<string, string>();
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  clear(): void {
    this.#items.clear();
  }
}

const asRecord = (value: unknown): Record<string, string> =>
  typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};

type Settle = (outcome: SignInOutcome) => void;

function callbacks(resolve: Settle, reject: (error: unknown) => void): IAuthenticationCallback {
  const stop =
    (step: 'mfaRequired' | 'totpRequired' | 'mfaSetup' | 'selectMFAType') =>
    (_name: unknown, parameters: unknown) => {
      resolve({ step, parameters: asRecord(parameters) });
    };
  return {
    onSuccess: (session) => {
      resolve({ step: 'success', session });
    },
    onFailure: reject,
    newPasswordRequired: (userAttributes: unknown, requiredAttributes: unknown) => {
      const required = Array.isArray(requiredAttributes) ? requiredAttributes.map(String) : [];
      resolve({
        step: 'newPasswordRequired',
        userAttributes: asRecord(userAttributes),
        requiredAttributes: required,
      });
    },
    mfaRequired: stop('mfaRequired'),
    totpRequired: stop('totpRequired'),
    mfaSetup: stop('mfaSetup'),
    selectMFAType: stop('selectMFAType'),
  };
}

/** One user signing in to the double with identity-js. */
export class IdentityJsUser {
  readonly user: CognitoUser;

  constructor(endpoint: string, userPoolId: string, clientId: string, username: string) {
    const Storage = new MapStorage();
    const pool = new CognitoUserPool({
      UserPoolId: userPoolId,
      ClientId: clientId,
      endpoint,
      Storage,
    });
    this.user = new CognitoUser({ Username: username, Pool: pool, Storage });
  }

  /** authenticateUser (SRP by default). */
  signIn(
    password: string,
    flow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' = 'USER_SRP_AUTH',
  ): Promise<SignInOutcome> {
    this.user.setAuthenticationFlowType(flow);
    const details = new AuthenticationDetails({
      Username: this.user.getUsername(),
      Password: password,
    });
    return new Promise((resolve, reject) => {
      this.user.authenticateUser(details, callbacks(resolve, reject));
    });
  }

  /** completeNewPasswordChallenge with the attributes to write. */
  completeNewPassword(
    password: string,
    attributes: Record<string, string>,
  ): Promise<SignInOutcome> {
    return new Promise((resolve, reject) => {
      this.user.completeNewPasswordChallenge(password, attributes, callbacks(resolve, reject));
    });
  }

  /** sendMFACode for SMS_MFA or SOFTWARE_TOKEN_MFA. */
  sendMfaCode(code: string, type: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA'): Promise<SignInOutcome> {
    return new Promise((resolve, reject) => {
      this.user.sendMFACode(code, callbacks(resolve, reject), type);
    });
  }

  /** associateSoftwareToken during MFA_SETUP: the base32 secret. */
  associateSecretCode(): Promise<string> {
    return new Promise((resolve, reject) => {
      this.user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject });
    });
  }

  /** verifySoftwareToken during MFA_SETUP: finishes the sign-in. */
  verifySoftwareToken(code: string): Promise<CognitoUserSession> {
    return new Promise((resolve, reject) => {
      this.user.verifySoftwareToken(code, 'double-test', { onSuccess: resolve, onFailure: reject });
    });
  }

  /** refreshSession with the session's refresh token. */
  refresh(session: CognitoUserSession): Promise<CognitoUserSession> {
    return new Promise((resolve, reject) => {
      this.user.refreshSession(
        session.getRefreshToken(),
        (error: Error | null, fresh: CognitoUserSession) => {
          if (error) reject(error);
          else resolve(fresh);
        },
      );
    });
  }
}

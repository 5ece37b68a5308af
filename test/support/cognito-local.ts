// Test harness: a private cognito-local, seeded through its API with the AWS SDK.
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type SchemaAttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { COGNITO_LOCAL_CODE, startCognitoLocalProcess } from './cognito-local-process';

/** How to create a test user pool. */
export interface PoolOptions {
  name?: string;
  /** OFF (default), OPTIONAL or ON. */
  mfa?: 'OFF' | 'OPTIONAL' | 'ON';
  /** Standard attributes the pool marks required, e.g. ['given_name']. */
  requiredAttributes?: string[];
}

/** How to create a test app client. */
export interface ClientOptions {
  name?: string;
  /** Access token lifetime in seconds (cognito-local takes any positive number; real Cognito's minimum is 5 minutes). */
  accessTokenSeconds?: number;
  /** Id token lifetime in seconds. */
  idTokenSeconds?: number;
  /** Give the client a secret (cognito-local never checks SECRET_HASH, so this proves nothing about it). */
  generateSecret?: boolean;
}

/** An app client as created. */
export interface CreatedClient {
  clientId: string;
  clientSecret?: string;
}

/** A running cognito-local and the calls that seed it. */
export interface CognitoLocal {
  /** e.g. http://127.0.0.1:41234; give it to the engine as PoolConnection.endpoint. */
  endpoint: string;
  /** The code every forgot-password or SMS message carries. */
  code: string;
  /** An SDK client pointed at it with dummy credentials and no retries. */
  adminClient: CognitoIdentityProviderClient;
  /** Creates a user pool with plain usernames; returns its id ("local_XXXXXXXX"). */
  createPool(opts?: PoolOptions): Promise<string>;
  /** Creates an app client with USER_PASSWORD_AUTH, refresh and revocation enabled. */
  createClient(poolId: string, opts?: ClientOptions): Promise<CreatedClient>;
  /** AdminCreateUser (no message sent): the user must change the temporary password at first sign-in. */
  createUser(
    poolId: string,
    username: string,
    tempPassword: string,
    attributes?: Record<string, string>,
  ): Promise<void>;
  /** AdminSetUserPassword, permanent: the user is CONFIRMED and signs in without a challenge. */
  setPassword(poolId: string, username: string, password: string): Promise<void>;
  /** Ends the process and removes its data folder. */
  stop(): Promise<void>;
}

// Test-only placeholders: the SDK signer needs some credentials; cognito-local ignores them.
const DUMMY_CREDENTIALS = { accessKeyId: 'cognito-local', secretAccessKey: 'cognito-local' };

/** An SDK client for a cognito-local endpoint that fails fast instead of retrying its 500s. */
export function cognitoLocalSdkClient(endpoint: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint,
    region: 'us-east-1',
    credentials: DUMMY_CREDENTIALS,
    maxAttempts: 1,
  });
}

/** Standard attributes a pool may require, as the CreateUserPool schema wants them. */
function requiredSchema(names: string[]): SchemaAttributeType[] {
  return names.map((name) => ({
    Name: name,
    AttributeDataType: 'String',
    Mutable: true,
    Required: true,
  }));
}

/** Starts a fresh cognito-local (free port, temp folder) and returns the harness around it. */
export async function startCognitoLocal(): Promise<CognitoLocal> {
  const proc = await startCognitoLocalProcess();
  const adminClient = cognitoLocalSdkClient(proc.endpoint);
  let poolCount = 0;

  return {
    endpoint: proc.endpoint,
    code: COGNITO_LOCAL_CODE,
    adminClient,

    async createPool(opts = {}) {
      poolCount += 1;
      const { UserPool } = await adminClient.send(
        new CreateUserPoolCommand({
          PoolName: opts.name ?? `test-pool-${poolCount}`,
          MfaConfiguration: opts.mfa ?? 'OFF',
          Schema: requiredSchema(opts.requiredAttributes ?? []),
        }),
      );
      if (!UserPool?.Id) throw new Error('cognito-local returned no user pool id');
      return UserPool.Id;
    },

    async createClient(poolId, opts = {}) {
      const seconds = opts.accessTokenSeconds !== undefined || opts.idTokenSeconds !== undefined;
      const { UserPoolClient } = await adminClient.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: opts.name ?? 'test-client',
          GenerateSecret: opts.generateSecret ?? false,
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
          EnableTokenRevocation: true,
          AccessTokenValidity: opts.accessTokenSeconds,
          IdTokenValidity: opts.idTokenSeconds,
          TokenValidityUnits: seconds ? { AccessToken: 'seconds', IdToken: 'seconds' } : undefined,
        }),
      );
      if (!UserPoolClient?.ClientId) throw new Error('cognito-local returned no client id');
      return { clientId: UserPoolClient.ClientId, clientSecret: UserPoolClient.ClientSecret };
    },

    async createUser(poolId, username, tempPassword, attributes = {}) {
      await adminClient.send(
        new AdminCreateUserCommand({
          UserPoolId: poolId,
          Username: username,
          TemporaryPassword: tempPassword,
          // Without SUPPRESS it tries to text the password, fails, and still saves the user.
          MessageAction: 'SUPPRESS',
          UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
        }),
      );
    },

    async setPassword(poolId, username, password) {
      await adminClient.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: poolId,
          Username: username,
          Password: password,
          Permanent: true,
        }),
      );
    },

    async stop() {
      adminClient.destroy();
      await proc.stop();
    },
  };
}

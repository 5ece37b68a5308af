// Trades a user pool ID token for AWS credentials through an identity pool, the enhanced
// (simplified) flow: GetId once per user, then GetCredentialsForIdentity for each new set.
import {
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  type CognitoIdentityClient,
} from '@aws-sdk/client-cognito-identity';
import { AuthError } from '../../shared/errors';
import { identityPoolRegion, userPoolProviderName } from '../../shared/identity-pool';
import { createIdentityClient } from './identity-client';
import { isUnknownIdentity, toIdentityError, type IdentityErrorContext } from './identity-errors';

/** One set of temporary AWS credentials and the identity they belong to. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** When they stop working, epoch milliseconds. */
  expiration: number;
  /** The identity id (not secret): reused for this user's next set. */
  identityId: string;
}

/** What one exchange needs. */
export interface CredentialsRequest {
  identityPoolId: string;
  userPoolId: string;
  /** The user pool's region: the Logins key names it. */
  userPoolRegion: string;
  clientId: string;
  /** A fresh ID token of the signed-in user. */
  idToken: string;
  /** CustomRoleArn: a role the pool's rules allow, instead of its default authenticated role. */
  roleArn?: string | undefined;
  /** The identity id this user got before; GetId is called only without one. */
  identityId?: string | undefined;
  /** The profile's endpoint override (an emulator), else Cognito Identity in the pool's region. */
  endpoint?: string | undefined;
  timeoutMs?: number | undefined;
  /** Tests shorten the back-off between retries. */
  retryBaseDelayMs?: number | undefined;
}

function badAnswer(what: string): AuthError {
  return new AuthError(
    'unexpected-response',
    `Cognito Identity returned ${what}: try again, or check the endpoint.`,
  );
}

async function getIdentityId(
  client: CognitoIdentityClient,
  request: CredentialsRequest,
  logins: Record<string, string>,
): Promise<string> {
  const answer = await client.send(
    new GetIdCommand({ IdentityPoolId: request.identityPoolId, Logins: logins }),
  );
  if (!answer.IdentityId) throw badAnswer('no identity id');
  return answer.IdentityId;
}

async function credentialsFor(
  client: CognitoIdentityClient,
  request: CredentialsRequest,
  identityId: string,
  logins: Record<string, string>,
): Promise<AwsCredentials> {
  const answer = await client.send(
    new GetCredentialsForIdentityCommand({
      IdentityId: identityId,
      Logins: logins,
      ...(request.roleArn ? { CustomRoleArn: request.roleArn } : {}),
    }),
  );
  const c = answer.Credentials;
  const expiration = c?.Expiration?.getTime();
  if (!c?.AccessKeyId || !c.SecretKey || !c.SessionToken || !expiration) {
    throw badAnswer('incomplete credentials');
  }
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretKey,
    sessionToken: c.SessionToken,
    expiration,
    identityId: answer.IdentityId ?? identityId,
  };
}

/** New AWS credentials for the user whose ID token is given; throws one AuthError sentence. */
export async function fetchAwsCredentials(request: CredentialsRequest): Promise<AwsCredentials> {
  const region = identityPoolRegion(request.identityPoolId);
  if (region === null) {
    throw new AuthError(
      'invalid-input',
      `${request.identityPoolId} is not an identity pool id (REGION:GUID).`,
    );
  }
  const client = createIdentityClient({
    region,
    endpoint: request.endpoint,
    timeoutMs: request.timeoutMs,
    retryBaseDelayMs: request.retryBaseDelayMs,
  });
  const ctx: IdentityErrorContext = {
    identityPoolId: request.identityPoolId,
    region,
    userPoolId: request.userPoolId,
    clientId: request.clientId,
    roleArn: request.roleArn,
    endpointHost: request.endpoint
      ? new URL(request.endpoint).host
      : `cognito-identity.${region}.amazonaws.com`,
    timeoutMs: request.timeoutMs ?? 10_000,
    secrets: [request.idToken],
  };
  const logins = {
    [userPoolProviderName(request.userPoolRegion, request.userPoolId)]: request.idToken,
  };
  try {
    const known = request.identityId;
    const identityId = known ?? (await getIdentityId(client, request, logins));
    try {
      return await credentialsFor(client, request, identityId, logins);
    } catch (error) {
      // The identity was deleted (or belongs to a pool since re-created): ask for a new one once.
      if (known === undefined || !isUnknownIdentity(error)) throw error;
      return await credentialsFor(
        client,
        request,
        await getIdentityId(client, request, logins),
        logins,
      );
    }
  } catch (error) {
    throw toIdentityError(error, ctx);
  } finally {
    client.destroy();
  }
}

// InitiateAuth: USER_SRP_AUTH, USER_PASSWORD_AUTH, USER_AUTH and the refresh flows, with the
// client's flow switches.
import type { DoubleContext, Operation } from './context';
import { flowsOf } from './directory';
import { incorrectCredentials, invalidParameter } from './errors';
import { afterPassword } from './next-step';
import { refreshTokenAuth } from './operations-refresh';
import { requiredParam, requiredString, stringMap } from './params';
import { checkSecretHash } from './secret-hash';
import { signInUser, srpChallenge } from './sign-in-start';
import type { DoubleClient, DoubleFlow, DoublePool } from './types';
import { userAuth } from './operations-user-auth';
import { checkCanSignIn, checkConfirmed } from './user-checks';

const KNOWN_FLOWS = [
  'USER_SRP_AUTH',
  'REFRESH_TOKEN_AUTH',
  'REFRESH_TOKEN',
  'CUSTOM_AUTH',
  'ADMIN_NO_SRP_AUTH',
  'USER_PASSWORD_AUTH',
  'ADMIN_USER_PASSWORD_AUTH',
  'USER_AUTH',
];

/** Throws unless the flow is a known one the client allows; maps REFRESH_TOKEN to REFRESH_TOKEN_AUTH. */
function allowedFlow(client: DoubleClient, authFlow: string): DoubleFlow {
  if (!KNOWN_FLOWS.includes(authFlow)) {
    throw invalidParameter(
      `1 validation error detected: Value '${authFlow}' at 'authFlow' failed to satisfy constraint: ` +
        `Member must satisfy enum value set: [${KNOWN_FLOWS.join(', ')}]`,
    );
  }
  if (authFlow.startsWith('ADMIN_')) throw invalidParameter('Initiate Auth method not supported.');
  const flow = authFlow === 'REFRESH_TOKEN' ? 'REFRESH_TOKEN_AUTH' : authFlow;
  const allowed = flowsOf(client).find((candidate) => candidate === flow);
  if (!allowed) throw invalidParameter(`${flow} flow not enabled for this client`);
  return allowed;
}

function userPasswordAuth(
  context: DoubleContext,
  pool: DoublePool,
  client: DoubleClient,
  params: Record<string, string>,
): Record<string, unknown> {
  const typed = requiredParam(params, 'USERNAME');
  const password = requiredParam(params, 'PASSWORD');
  checkSecretHash(client, typed, params.SECRET_HASH);
  const user = signInUser(context, pool, typed);
  if (!user) throw incorrectCredentials();
  checkCanSignIn(user);
  if (user.password !== password) throw incorrectCredentials();
  checkConfirmed(user);
  return afterPassword(context, { pool, client, user, deviceKey: params.DEVICE_KEY });
}

function userSrpAuth(
  context: DoubleContext,
  pool: DoublePool,
  client: DoubleClient,
  params: Record<string, string>,
): Record<string, unknown> {
  const typed = requiredParam(params, 'USERNAME');
  const srpA = requiredParam(params, 'SRP_A');
  checkSecretHash(client, typed, params.SECRET_HASH);
  return srpChallenge(context, { pool, client, typed, srpA, deviceKey: params.DEVICE_KEY });
}

/** InitiateAuth. */
export const initiateAuth: Operation = (context, body) => {
  const clientId = requiredString(body, 'ClientId');
  const authFlow = requiredString(body, 'AuthFlow');
  const params = stringMap(body, 'AuthParameters');
  const { pool, client } = context.directory.client(clientId);
  const flow = allowedFlow(client, authFlow);
  if (flow === 'USER_SRP_AUTH') return userSrpAuth(context, pool, client, params);
  if (flow === 'USER_PASSWORD_AUTH') return userPasswordAuth(context, pool, client, params);
  if (flow === 'USER_AUTH') return userAuth(context, pool, client, params);
  return refreshTokenAuth(context, client, params);
};

// Starts a sign-in: InitiateAuth with SRP (the default), a plain password, or USER_AUTH (the
// choice flow), then PASSWORD_VERIFIER answered here, so the caller only ever sees steps a person
// must answer.
import { type AuthFlowType, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { SIGN_IN_METHODS } from '../../shared/auth';
import { AuthError } from '../../shared/errors';
import { Conversation } from './conversation';
import type { FlowName } from './error-context';
import { answerPasswordVerifier } from './password-verifier';
import { withSecretHash } from './secret-hash';
import { createSrpClient, type SrpClient } from './srp';
import { isUnknownDevice } from './device-calls';
import { DeviceSteps } from './device-steps';
import type { DeviceStore, RememberedDevice, SignInConversation, SignInInput } from './types';
import { type Wire, callCognito } from './wire';

const FLOWS: Record<SignInInput['flow'], FlowName & AuthFlowType> = {
  srp: 'USER_SRP_AUTH',
  password: 'USER_PASSWORD_AUTH',
  choice: 'USER_AUTH',
};

function checkInput(input: SignInInput): string {
  const username = input.username.trim();
  if (username === '') throw new AuthError('invalid-input', 'Enter the username.');
  if (!Object.hasOwn(FLOWS, input.flow)) {
    throw new AuthError('invalid-input', 'The sign-in flow must be srp, password or choice.');
  }
  const preferred = input.preferredChallenge;
  if (preferred !== undefined) {
    if (input.flow !== 'choice') {
      throw new AuthError('invalid-input', 'A preferred sign-in method needs the choice flow.');
    }
    if (!(SIGN_IN_METHODS as readonly string[]).includes(preferred)) {
      throw new AuthError(
        'invalid-input',
        `The preferred sign-in method must be one of ${SIGN_IN_METHODS.join(', ')}.`,
      );
    }
  }
  // The choice flow needs the password only when the password is the method asked for up front.
  const needsPassword =
    input.flow !== 'choice' || preferred === 'PASSWORD' || preferred === 'PASSWORD_SRP';
  if (needsPassword && input.password === '') {
    throw new AuthError('invalid-input', 'Enter the password.');
  }
  return username;
}

/** InitiateAuth's AuthParameters for the flow, without SECRET_HASH. */
function authParameters(
  input: SignInInput,
  username: string,
  srp: SrpClient | undefined,
): Record<string, string> {
  const parameters: Record<string, string> = { USERNAME: username };
  if (srp) parameters.SRP_A = srp.srpA;
  if (input.flow === 'password' || input.preferredChallenge === 'PASSWORD') {
    parameters.PASSWORD = input.password;
  }
  if (input.flow === 'choice' && input.preferredChallenge !== undefined) {
    parameters.PREFERRED_CHALLENGE = input.preferredChallenge;
  }
  return parameters;
}

/**
 * Runs InitiateAuth (and PASSWORD_VERIFIER for SRP); returns the conversation at its first step.
 * With a DeviceStore, the held device is presented (DEVICE_KEY) and a new one confirmed.
 */
export async function startSignIn(
  wire: Wire,
  input: SignInInput,
  now: () => Date,
  store?: DeviceStore,
): Promise<SignInConversation> {
  const username = checkInput(input);
  const device = store ? await store.load() : null;
  const steps = (held: RememberedDevice | null) =>
    store
      ? new DeviceSteps(wire, { store, device: held, remember: input.rememberDevice === true, now })
      : undefined;
  try {
    return await attempt(wire, { input, username, now }, steps(device));
  } catch (error) {
    if (!store || !device || !isUnknownDevice(error)) throw error;
    // Cognito forgot the device (ForgetDevice elsewhere, an administrator): forget it here too
    // and sign in as a new device, as amazon-cognito-identity-js does.
    await store.forget();
    return attempt(wire, { input, username, now }, steps(null));
  }
}

async function attempt(
  wire: Wire,
  { input, username, now }: { input: SignInInput; username: string; now: () => Date },
  devices: DeviceSteps | undefined,
): Promise<SignInConversation> {
  const { connection } = wire;
  const flow = FLOWS[input.flow];
  const withSrp = input.flow === 'srp' || input.preferredChallenge === 'PASSWORD_SRP';
  const srp = withSrp ? createSrpClient() : undefined;
  const deviceKey = devices?.deviceKey;
  // The typed name (perhaps an email alias) is the identity SECRET_HASH covers at InitiateAuth.
  const parameters = withSecretHash(connection, username, {
    ...authParameters(input, username, srp),
    ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}),
  });
  const first = await callCognito(
    wire,
    'sign-in',
    (client) =>
      client.send(
        new InitiateAuthCommand({
          AuthFlow: flow,
          ClientId: connection.clientId,
          AuthParameters: parameters,
        }),
      ),
    [input.password, parameters.SECRET_HASH],
    { flow },
  );
  const choice = input.flow === 'choice' ? { password: input.password, now } : undefined;
  const conversation = new Conversation(wire, username, choice, devices);
  if (srp && first.ChallengeName === 'PASSWORD_VERIFIER') {
    const next = await answerPasswordVerifier(wire, {
      srp,
      challenge: first,
      password: input.password,
      now: now(),
      deviceKey,
    });
    await conversation.advance(next);
  } else {
    await conversation.advance(first);
  }
  return conversation;
}

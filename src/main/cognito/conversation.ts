// One sign-in as a typed conversation: each Cognito answer becomes a step, each user answer a
// RespondToAuthChallenge. The Session string lives in a private field and never leaves: not in a
// step, not in an error, not in util.inspect or JSON output.
import { RespondToAuthChallengeCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { AuthStep, ChallengeStep } from '../../shared/auth';
import type { AuthAnswer } from './auth-answer';
import { AuthError, unexpectedResponse } from '../../shared/errors';
import { challengeResponses, validateAnswers } from './challenge-answers';
import { challengeStep, mfaSetupStep } from './challenges';
import type { DeviceSteps } from './device-steps';
import { answerSelectChallenge, selectChallengeStep } from './choice-steps';
import { tokenSetFrom } from './jwt';
import { checkTokenOrigin } from './token-origin';
import {
  assertTotpSetupOffered,
  associateTotp,
  issuerFor,
  otpauthUri,
  verifyTotp,
} from './mfa-setup';
import { withSecretHash } from './secret-hash';
import type { DeviceOutcome, SignInConversation } from './types';
import { type Wire, callCognitoOnce } from './wire';

export type { AuthAnswer } from './auth-answer';

/** The choice flow's extras: the password given at the start ('' when none), and the SRP clock. */
export interface ChoiceContext {
  password: string;
  now: () => Date;
}

/** A sign-in in progress; built by signIn, advanced by respond. */
export class Conversation implements SignInConversation {
  readonly #wire: Wire;
  /** What the user typed: shown in the authenticator app's account label. */
  readonly #typedUsername: string;
  /** The identity USERNAME and SECRET_HASH carry in responses; Cognito's own name once it says. */
  #username: string;
  #session: string | undefined;
  #step: AuthStep | undefined;
  #busy = false;
  #totpVerified = false;
  /** Only in the choice flow: PASSWORD and PASSWORD_SRP are chosen with the password. */
  readonly #choice: ChoiceContext | undefined;
  /** Only when the profile keeps a device: DEVICE_KEY, the device SRP, confirming a new device. */
  readonly #devices: DeviceSteps | undefined;
  #device: DeviceOutcome | undefined;

  constructor(wire: Wire, typedUsername: string, choice?: ChoiceContext, devices?: DeviceSteps) {
    this.#wire = wire;
    this.#typedUsername = typedUsername;
    this.#username = typedUsername;
    this.#choice = choice;
    this.#devices = devices;
  }

  /** What became of this computer's device once signed in. */
  get device(): DeviceOutcome | undefined {
    return this.#device;
  }

  /** The latest step; a conversation is only handed out once it has one. */
  get step(): AuthStep {
    if (!this.#step) throw unexpectedResponse('The sign-in has not started yet.');
    return this.#step;
  }

  /** Takes Cognito's answer (InitiateAuth or RespondToAuthChallenge) and moves to the next step. */
  async advance(answer: AuthAnswer): Promise<AuthStep> {
    if (this.#devices?.handles(answer)) {
      return this.advance(await this.#devices.answer(answer, this.#username));
    }
    if (answer.AuthenticationResult) {
      const tokens = checkTokenOrigin(
        tokenSetFrom(answer.AuthenticationResult),
        this.#wire.connection,
      );
      const device = await this.#devices?.settle(answer.AuthenticationResult);
      this.#device = device;
      this.#step = { type: 'signed-in', tokens, ...(device ? { device } : {}) };
      this.#session = undefined;
      return this.#step;
    }
    const name = answer.ChallengeName;
    if (!name) throw unexpectedResponse('Cognito answered with neither tokens nor a challenge.');
    const parameters = answer.ChallengeParameters ?? {};
    if (!answer.Session)
      throw unexpectedResponse(`Cognito sent the ${name} challenge without a session.`);
    if (name === 'MFA_SETUP') {
      assertTotpSetupOffered(parameters);
      const { secretCode, session } = await associateTotp(this.#wire, answer.Session);
      const uri = otpauthUri({
        issuer: issuerFor(this.#wire.connection.poolName),
        account: this.#typedUsername,
        secret: secretCode,
      });
      this.#adopt(parameters, session, mfaSetupStep(uri));
    } else if (name === 'SELECT_CHALLENGE') {
      this.#adopt(parameters, answer.Session, selectChallengeStep(answer.AvailableChallenges));
    } else {
      this.#adopt(parameters, answer.Session, challengeStep(name, parameters));
    }
    return this.step;
  }

  #adopt(parameters: Record<string, string>, session: string, step: ChallengeStep): void {
    this.#username = parameters.USERNAME || parameters.USER_ID_FOR_SRP || this.#username;
    this.#session = session;
    this.#step = step;
    this.#totpVerified = false;
  }

  /** Answers the current challenge; on failure the step stays, so the user can correct and retry. */
  async respond(answers: Record<string, string>): Promise<AuthStep> {
    const step = this.step;
    if (step.type === 'signed-in') {
      throw new AuthError(
        'invalid-input',
        'This sign-in has finished: there is nothing left to answer.',
      );
    }
    if (this.#busy) {
      throw new AuthError(
        'invalid-input',
        'An answer is already on its way: wait for it to finish.',
      );
    }
    const values = validateAnswers(step, answers);
    this.#busy = true;
    try {
      return await this.advance(await this.#send(step, values, answers.password));
    } finally {
      this.#busy = false;
    }
  }

  async #send(
    step: ChallengeStep,
    values: Map<string, string>,
    password: string | undefined,
  ): Promise<AuthAnswer> {
    let session = this.#session;
    if (!session)
      throw unexpectedResponse('The sign-in has no Cognito session: start the sign-in again.');
    if (step.challenge === 'SELECT_CHALLENGE') {
      // A password typed with the choice wins over none (or an older one) given at the start.
      const typed = typeof password === 'string' && password !== '' ? password : undefined;
      return answerSelectChallenge(this.#wire, {
        session,
        username: this.#username,
        method: values.get('method') ?? '',
        password: typed ?? this.#choice?.password ?? '',
        now: this.#choice?.now ?? (() => new Date()),
      });
    }
    // Once VerifySoftwareToken took the code, a retry (say RespondToAuthChallenge timed out)
    // must not verify again: the code is spent and the session has moved on.
    if (step.challenge === 'MFA_SETUP' && !this.#totpVerified) {
      session = await verifyTotp(this.#wire, session, values.get('code') ?? '');
      this.#session = session;
      this.#totpVerified = true;
    }
    const { connection } = this.#wire;
    const deviceKey = this.#devices?.deviceKey;
    const responses = withSecretHash(connection, this.#username, {
      ...challengeResponses(step, values, this.#username),
      ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}),
    });
    const sent = session;
    return callCognitoOnce(
      this.#wire,
      'challenge',
      (client) =>
        client.send(
          new RespondToAuthChallengeCommand({
            ClientId: connection.clientId,
            ChallengeName: step.challenge,
            ChallengeResponses: responses,
            Session: sent,
          }),
        ),
      [sent, responses.SECRET_HASH, ...values.values()],
    );
  }
}

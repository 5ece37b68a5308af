// The engine's MFA conversations against the strict Cognito double: SMS and email codes,
// SELECT_MFA_TYPE, and TOTP set-up at MFA_SETUP followed by a TOTP sign-in.
import { inspect } from 'node:util';
import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import {
  CODE,
  authError,
  bodiesOf,
  challengeBodies,
  enginePools,
  engineFor,
  responsesOf,
  tokensOf,
} from '../support/engine-double-fixture';
import { useDouble } from '../support/use-double';

const double = useDouble(enginePools());

const challengeBody = (name: string) => challengeBodies(double, name);

describe('MFA against the Cognito double', () => {
  it.each([
    ['SMS_MFA', 'hank', 'Hank-Pass1', 'SMS_MFA_CODE'],
    ['EMAIL_OTP', 'emma', 'Emma-Pass1', 'EMAIL_OTP_CODE'],
  ])('answers %s for %s with the code', async (challenge, username, password, key) => {
    const conversation = await engineFor(double, 'engine-public').signIn({
      flow: 'srp',
      username,
      password,
    });
    const step = conversation.step;
    expect(step).toMatchObject({ type: 'challenge', challenge });
    // The masked destination, e.g. +*******0123 or e***@e***.
    expect(step.type === 'challenge' ? step.destination : undefined).toMatch(/\*/);
    const wrong = await authError(double, conversation.respond({ code: '000000' }));
    expect(wrong.code).toBe('code-mismatch');
    // Mid-conversation the Session is alive, and still invisible from outside.
    const live = challengeBody(challenge).at(-1)?.Session;
    expect(typeof live).toBe('string');
    const visible = inspect(conversation, { depth: 5 }) + JSON.stringify(conversation.step);
    expect(visible).not.toContain(String(live));
    expect(tokensOf(await conversation.respond({ code: CODE })).username).toBe(username);
    expect(responsesOf(challengeBody(challenge).at(-1))[key]).toBe(CODE);
  });

  it('sends a code once on a server error (it may be spent), and again only on throttling', async () => {
    const conversation = await engineFor(double, 'engine-public').signIn({
      flow: 'srp',
      username: 'hank',
      password: 'Hank-Pass1',
    });
    const answers = () => double.requests.filter((r) => r.operation === 'RespondToAuthChallenge');
    const before = answers().length;
    double.faults.serverErrorNext = 1;
    const failed = await authError(double, conversation.respond({ code: CODE }));
    expect(failed.code).toBe('server');
    expect(failed.message).toMatch(/not sent again/);
    expect(answers().length - before).toBe(1);
    double.faults.throttleNext = 1;
    expect(tokensOf(await conversation.respond({ code: CODE })).username).toBe('hank');
    expect(answers().length - before).toBe(3);
  });

  it('lets the user pick an MFA method at SELECT_MFA_TYPE', async () => {
    const conversation = await engineFor(double, 'engine-public').signIn({
      flow: 'srp',
      username: 'sam',
      password: 'Sam-Pass12',
    });
    const step = conversation.step;
    expect(step.type === 'challenge' && step.fields[0]).toMatchObject({
      name: 'mfaType',
      kind: 'choice',
      options: ['SMS_MFA', 'EMAIL_OTP'],
    });
    expect(await conversation.respond({ mfaType: 'EMAIL_OTP' })).toMatchObject({
      challenge: 'EMAIL_OTP',
    });
    expect(responsesOf(challengeBody('SELECT_MFA_TYPE').at(-1)).ANSWER).toBe('EMAIL_OTP');
    expect(tokensOf(await conversation.respond({ code: CODE })).username).toBe('sam');
  });

  it('sets up TOTP at MFA_SETUP, then signs in with a TOTP code', async () => {
    const engine = engineFor(double, 'engine-public');
    const conversation = await engine.signIn({
      flow: 'srp',
      username: 'frank',
      password: 'Frank-Pass1',
    });
    const step = conversation.step;
    if (step.type !== 'challenge' || !step.otpauthUri)
      throw new Error('expected MFA_SETUP with a URI');
    expect(step.otpauthUri).toMatch(
      /^otpauth:\/\/totp\/Cognito%20Engine1:frank\?secret=[A-Z2-7]+&issuer=Cognito%20Engine1$/,
    );
    const totp = OTPAuth.URI.parse(step.otpauthUri);
    if (!(totp instanceof OTPAuth.TOTP)) throw new Error('expected a TOTP URI');
    expect(tokensOf(await conversation.respond({ code: totp.generate() })).username).toBe('frank');
    expect(bodiesOf(double, 'VerifySoftwareToken')).toHaveLength(1);

    const again = await engine.signIn({ flow: 'srp', username: 'frank', password: 'Frank-Pass1' });
    expect(again.step).toMatchObject({ challenge: 'SOFTWARE_TOKEN_MFA' });
    // The setup code's time step is spent; the next one is still inside the double's window.
    const next = totp.generate({ timestamp: Date.now() + 30_000 });
    expect(tokensOf(await again.respond({ code: next })).username).toBe('frank');
  });
});

// The choice flow (USER_AUTH) against the strict Cognito double: SELECT_CHALLENGE, passwordless
// email and SMS codes, a preferred method, the password methods through the choice, SECRET_HASH
// identities, and the sentence for an app client that does not allow the flow.
import { describe, expect, it } from 'vitest';
import type { AuthStep, ChallengeStep } from '../../src/shared/auth';
import { createCognitoEngine, type CognitoEngine } from '../../src/main/cognito/engine-module';
import { type DoublePool, secretHash } from '../support/cognito-double/index';
import { authError, bodiesOf, tokensOf } from '../support/engine-double-fixture';
import { useDouble } from '../support/use-double';

const POOL = 'eu-west-1_Choice1';
const CODE = '246810';
const SECRET = 'choice-client-secret-4b7d1e';
const CLEO_ID = 'c1e0c1e0-aaaa-4bbb-8ccc-000000000002';
const CHOICE_FLOWS = ['USER_AUTH', 'USER_SRP_AUTH', 'REFRESH_TOKEN_AUTH'] as const;

function pools(): DoublePool[] {
  return [
    {
      userPoolId: POOL,
      emailAlias: true,
      fixedCode: CODE,
      clients: [
        { clientId: 'choice-public', flows: [...CHOICE_FLOWS] },
        { clientId: 'choice-secret', clientSecret: SECRET, flows: [...CHOICE_FLOWS] },
        { clientId: 'choice-off', flows: ['USER_SRP_AUTH', 'REFRESH_TOKEN_AUTH'] },
      ],
      users: [
        { username: CLEO_ID, password: 'Cleo-Pass1', email: 'cleo@example.com' },
        { username: 'ezra', password: 'Ezra-Pass1', email: 'ezra@example.com' },
        { username: 'sid', password: 'Sid-Pass12', attributes: { phone_number: '+15555550199' } },
        { username: 'pia', password: 'Pia-Pass12', email: 'pia@example.com', passkey: true },
        { username: 'paul', password: 'Paul-Pass1' },
      ],
    },
  ];
}

const double = useDouble(pools());

const engine = (clientId = 'choice-public', clientSecret?: string): CognitoEngine =>
  createCognitoEngine(
    { userPoolId: POOL, clientId, endpoint: double.endpoint, clientSecret },
    { retryBaseDelayMs: 5 },
  );
const challengeOf = (step: AuthStep): ChallengeStep => {
  if (step.type !== 'challenge') throw new Error('expected a challenge');
  return step;
};
const responses = (name: string) =>
  bodiesOf(double, 'RespondToAuthChallenge')
    .filter((body) => body.ChallengeName === name)
    .map((body) => body.ChallengeResponses as Record<string, string>);

describe('choice-based sign-in (USER_AUTH) against the Cognito double', () => {
  it('lists the methods at SELECT_CHALLENGE, then signs in with the email code', async () => {
    const conversation = await engine().signIn({ flow: 'choice', username: 'ezra', password: '' });
    const select = challengeOf(conversation.step);
    expect(select).toMatchObject({
      challenge: 'SELECT_CHALLENGE',
      prompt: 'Choose how to sign in.',
    });
    expect(select.fields).toEqual([
      {
        name: 'method',
        label: 'Sign-in method',
        kind: 'choice',
        required: true,
        options: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'],
      },
    ]);
    const code = challengeOf(await conversation.respond({ method: 'EMAIL_OTP' }));
    expect(code).toMatchObject({ challenge: 'EMAIL_OTP', fields: [{ name: 'code' }] });
    expect(code.destination).toMatch(/\*/);
    expect((await authError(double, conversation.respond({ code: '000000' }))).code).toBe(
      'code-mismatch',
    );
    expect(tokensOf(await conversation.respond({ code: CODE })).username).toBe('ezra');
    expect(responses('SELECT_CHALLENGE').at(-1)).toEqual({ USERNAME: 'ezra', ANSWER: 'EMAIL_OTP' });
    expect(responses('EMAIL_OTP').at(-1)).toEqual({ USERNAME: 'ezra', EMAIL_OTP_CODE: CODE });
  });

  it('asks for the preferred method at InitiateAuth and skips SELECT_CHALLENGE', async () => {
    const selectsBefore = responses('SELECT_CHALLENGE').length;
    const conversation = await engine().signIn({
      flow: 'choice',
      username: 'ezra',
      password: '',
      preferredChallenge: 'EMAIL_OTP',
    });
    expect(conversation.step).toMatchObject({ challenge: 'EMAIL_OTP' });
    expect(bodiesOf(double, 'InitiateAuth').at(-1)).toMatchObject({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'ezra', PREFERRED_CHALLENGE: 'EMAIL_OTP' },
    });
    expect(tokensOf(await conversation.respond({ code: CODE })).username).toBe('ezra');
    expect(responses('SELECT_CHALLENGE')).toHaveLength(selectsBefore);
  });

  it('walks PASSWORD_SRP through the choice without ever sending the password', async () => {
    const conversation = await engine().signIn({ flow: 'choice', username: 'paul', password: '' });
    // The password comes with the choice, as the CLI asks for it only once it is chosen.
    const step = await conversation.respond({ method: 'PASSWORD_SRP', password: 'Paul-Pass1' });
    expect(tokensOf(step).username).toBe('paul');
    const chosen = responses('SELECT_CHALLENGE').at(-1);
    expect(chosen).toMatchObject({ USERNAME: 'paul', ANSWER: 'PASSWORD_SRP' });
    expect(chosen?.SRP_A).toMatch(/^[0-9a-f]+$/);
    expect(responses('PASSWORD_VERIFIER').at(-1)).toMatchObject({ USERNAME: 'paul' });
    expect(JSON.stringify(double.requests)).not.toContain('Paul-Pass1');
  });

  it('sends PASSWORD with the choice; a wrong one can be typed again', async () => {
    const conversation = await engine().signIn({
      flow: 'choice',
      username: 'paul',
      password: 'Wrong-Pass1',
    });
    const wrong = await authError(double, conversation.respond({ method: 'PASSWORD' }));
    expect(wrong.code).toBe('wrong-credentials');
    expect(conversation.step).toMatchObject({ challenge: 'SELECT_CHALLENGE' });
    const step = await conversation.respond({ method: 'PASSWORD', password: 'Paul-Pass1' });
    expect(tokensOf(step).username).toBe('paul');
  });

  it('refuses a password method chosen without a password, before any request', async () => {
    const conversation = await engine().signIn({ flow: 'choice', username: 'paul', password: '' });
    const before = double.requests.length;
    const error = await authError(double, conversation.respond({ method: 'PASSWORD' }));
    expect([error.code, error.message]).toEqual([
      'invalid-input',
      'Enter the password to sign in with it.',
    ]);
    expect(double.requests).toHaveLength(before);
  });

  it('signs in with an SMS code (SMS_OTP)', async () => {
    const conversation = await engine().signIn({ flow: 'choice', username: 'sid', password: '' });
    expect(challengeOf(conversation.step).fields[0]?.options).toEqual([
      'PASSWORD',
      'PASSWORD_SRP',
      'SMS_OTP',
    ]);
    const code = challengeOf(await conversation.respond({ method: 'SMS_OTP' }));
    expect(code.challenge).toBe('SMS_OTP');
    expect(code.prompt).toMatch(/^Enter the code sent by SMS to \+\*+0199\.$/);
    expect(tokensOf(await conversation.respond({ code: CODE })).username).toBe('sid');
    expect(responses('SMS_OTP').at(-1)).toEqual({ USERNAME: 'sid', SMS_OTP_CODE: CODE });
  });

  it('names a passkey as not supported here, and offers the rest', async () => {
    const conversation = await engine().signIn({ flow: 'choice', username: 'pia', password: '' });
    const step = challengeOf(conversation.step);
    expect(step.fields[0]?.options).toEqual(['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP']);
    expect(step.prompt).toMatch(/passkey is offered too, but not supported here: .*WEB_AUTHN/);
  });

  it('covers the typed alias, then the internal username, with SECRET_HASH', async () => {
    const typed = 'cleo@example.com';
    const hash = (name: string) => secretHash(SECRET, name, 'choice-secret');
    const conversation = await engine('choice-secret', SECRET).signIn({
      flow: 'choice',
      username: typed,
      password: '',
    });
    await conversation.respond({ method: 'EMAIL_OTP' });
    expect(tokensOf(await conversation.respond({ code: CODE })).username).toBe(CLEO_ID);
    expect(bodiesOf(double, 'InitiateAuth').at(-1)?.AuthParameters).toMatchObject({
      USERNAME: typed,
      SECRET_HASH: hash(typed),
    });
    // SELECT_CHALLENGE names no user yet; the EMAIL_OTP challenge named the internal one.
    expect(responses('SELECT_CHALLENGE').at(-1)).toMatchObject({
      USERNAME: typed,
      SECRET_HASH: hash(typed),
    });
    expect(responses('EMAIL_OTP').at(-1)).toMatchObject({
      USERNAME: CLEO_ID,
      SECRET_HASH: hash(CLEO_ID),
    });
  });

  it('says what to do when the app client does not allow USER_AUTH', async () => {
    const error = await authError(
      double,
      engine('choice-off').signIn({ flow: 'choice', username: 'ezra', password: '' }),
    );
    expect(error.code).toBe('flow-not-enabled');
    expect(error.message).toBe(
      'This app client does not allow choice-based sign-in (USER_AUTH): enable it on the app client (the pool needs the Essentials plan or above), or sign in with SRP (--flow srp).',
    );
    expect(double.requests.at(-1)?.errorType).toBe('InvalidParameterException');
  });
});

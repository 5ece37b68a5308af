// Challenge parsing and answer building: pure functions, no network.
import { describe, expect, it } from 'vitest';
import type { ChallengeStep } from '../../src/shared/auth';
import { AuthError } from '../../src/shared/errors';
import { challengeResponses, validateAnswers } from '../../src/main/cognito/challenge-answers';
import {
  attributeLabel,
  challengeStep,
  requiredAttributesOf,
} from '../../src/main/cognito/challenges';
import { assertTotpSetupOffered, otpauthUri } from '../../src/main/cognito/mfa-setup';

const NEW_PASSWORD_PARAMS = {
  USER_ID_FOR_SRP: 'u-1',
  requiredAttributes: '["userAttributes.given_name","userAttributes.custom:team"]',
  userAttributes: '{"email_verified":"true","email":"jo@example.com","sub":"u-1"}',
};

function failure(run: () => unknown): AuthError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    return error as AuthError;
  }
  throw new Error('expected an AuthError');
}

function answer(step: ChallengeStep, answers: Record<string, string>) {
  return challengeResponses(step, validateAnswers(step, answers), 'u-1');
}

describe('NEW_PASSWORD_REQUIRED', () => {
  const step = challengeStep('NEW_PASSWORD_REQUIRED', NEW_PASSWORD_PARAMS);

  it('asks for the new password and the required attributes, prefix stripped', () => {
    expect(requiredAttributesOf(NEW_PASSWORD_PARAMS)).toEqual(['given_name', 'custom:team']);
    expect(step.fields).toEqual([
      { name: 'newPassword', label: 'New password', kind: 'new-password', required: true },
      { name: 'given_name', label: 'Given name', kind: 'attribute', required: true },
      { name: 'custom:team', label: 'Team', kind: 'attribute', required: true },
    ]);
  });

  it('sends only the new password and what the user gave, never read-only attributes', () => {
    const responses = answer(step, {
      newPassword: ' Spaced Pass1 ',
      given_name: ' Jo ',
      'custom:team': 'blue',
      email_verified: 'true',
      sub: 'hijack',
    });
    expect(responses).toEqual({
      USERNAME: 'u-1',
      NEW_PASSWORD: ' Spaced Pass1 ',
      'userAttributes.given_name': 'Jo',
      'userAttributes.custom:team': 'blue',
    });
  });

  it('refuses a missing new password or attribute without a network call', () => {
    expect(failure(() => answer(step, { given_name: 'Jo', 'custom:team': 'b' })).message).toBe(
      'Enter the new password.',
    );
    const missing = failure(() => answer(step, { newPassword: 'P4ssword!', 'custom:team': 'b' }));
    expect(missing.code).toBe('invalid-input');
    expect(missing.message).toBe('Enter the given name.');
  });

  it('treats an absent requiredAttributes as none', () => {
    const bare = challengeStep('NEW_PASSWORD_REQUIRED', { userAttributes: '{}' });
    expect(bare.fields.map((field) => field.name)).toEqual(['newPassword']);
  });

  it('refuses requiredAttributes that is not a JSON list', () => {
    const error = failure(() =>
      challengeStep('NEW_PASSWORD_REQUIRED', { requiredAttributes: '{"a":1}' }),
    );
    expect(error.code).toBe('unexpected-response');
  });
});

describe('MFA code challenges', () => {
  it.each([
    ['SMS_MFA', 'SMS_MFA_CODE', 'SMS to +*******0000'],
    ['EMAIL_OTP', 'EMAIL_OTP_CODE', 'email to j***@e***'],
    ['SOFTWARE_TOKEN_MFA', 'SOFTWARE_TOKEN_MFA_CODE', 'authenticator app'],
  ])('%s asks for a code and answers %s', (name, key, words) => {
    const destination = name === 'SMS_MFA' ? '+*******0000' : 'j***@e***';
    const step = challengeStep(name, { CODE_DELIVERY_DESTINATION: destination });
    expect(step.prompt).toContain(words);
    expect(step.fields).toEqual([{ name: 'code', label: 'Code', kind: 'code', required: true }]);
    expect(answer(step, { code: ' 123 456 ' })).toEqual({ USERNAME: 'u-1', [key]: '123456' });
    expect(failure(() => answer(step, { code: '  ' })).message).toBe('Enter the code.');
  });
});

describe('SELECT_MFA_TYPE', () => {
  const step = challengeStep('SELECT_MFA_TYPE', {
    MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","WEB_AUTHN"]',
  });

  it('offers the methods Cognito lists (that the app supports) as a choice', () => {
    expect(step.fields).toEqual([
      {
        name: 'mfaType',
        label: 'MFA method',
        kind: 'choice',
        required: true,
        options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
      },
    ]);
  });

  it('answers ANSWER, and refuses a method not offered', () => {
    expect(answer(step, { mfaType: 'SOFTWARE_TOKEN_MFA' })).toEqual({
      USERNAME: 'u-1',
      ANSWER: 'SOFTWARE_TOKEN_MFA',
    });
    const error = failure(() => answer(step, { mfaType: 'EMAIL_OTP' }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('SMS_MFA, SOFTWARE_TOKEN_MFA');
  });
});

describe('MFA_SETUP and unknown challenges', () => {
  it('builds an otpauth URI with the parts URL-encoded', () => {
    expect(
      otpauthUri({ issuer: 'Cognito AbC123', account: 'jo+1@example.com', secret: 'JBSWY3DP' }),
    ).toBe(
      'otpauth://totp/Cognito%20AbC123:jo%2B1%40example.com?secret=JBSWY3DP&issuer=Cognito%20AbC123',
    );
  });

  it('refuses MFA setup when only email (or nothing usable) is offered', () => {
    expect(() => {
      assertTotpSetupOffered({ MFAS_CAN_SETUP: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' });
    }).not.toThrow();
    const error = failure(() => {
      assertTotpSetupOffered({ MFAS_CAN_SETUP: '["EMAIL_OTP"]' });
    });
    expect(error.code).toBe('mfa-not-supported');
    expect(error.message).toContain('EMAIL_OTP');
  });

  it('names an unknown challenge', () => {
    const error = failure(() => challengeStep('CUSTOM_CHALLENGE', {}));
    expect(error.code).toBe('unexpected-response');
    expect(error.message).toContain('CUSTOM_CHALLENGE');
  });

  it('labels attributes for people', () => {
    expect(attributeLabel('phone_number')).toBe('Phone number');
    expect(attributeLabel('custom:cost_centre')).toBe('Cost centre');
  });
});

// Checks a user's answers against the step that asked for them and builds Cognito's
// ChallengeResponses. Missing answers fail here, before any network call. Only what the user typed
// for the asked-for fields is sent: echoing userAttributes back (email_verified, sub, ...) makes
// Cognito reject the answer, because those attributes are read-only.
import type { ChallengeField, ChallengeStep } from '../../shared/auth';
import { AuthError } from '../../shared/errors';
import { ATTRIBUTE_PREFIX } from './challenges';

const CODE_KEYS = {
  SMS_MFA: 'SMS_MFA_CODE',
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
  SMS_OTP: 'SMS_OTP_CODE',
} as const;

function missing(field: ChallengeField): AuthError {
  switch (field.kind) {
    case 'new-password':
      return new AuthError('invalid-input', 'Enter the new password.');
    case 'code':
      return new AuthError('invalid-input', 'Enter the code.');
    case 'choice':
      return new AuthError(
        'invalid-input',
        `Choose the ${field.label.toLowerCase()}: one of ${(field.options ?? []).join(', ')}.`,
      );
    case 'attribute':
      return new AuthError('invalid-input', `Enter the ${field.label.toLowerCase()}.`);
  }
}

/** A code as typed, without the spaces people copy along ("123 456" → "123456"). */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, '');
}

/** The validated value of each field of the step, by field name; throws AuthError('invalid-input'). */
export function validateAnswers(
  step: ChallengeStep,
  answers: Readonly<Record<string, string | undefined>>,
): Map<string, string> {
  const values = new Map<string, string>();
  for (const field of step.fields) {
    const raw = Object.hasOwn(answers, field.name) ? answers[field.name] : undefined;
    const given = typeof raw === 'string' && raw.trim() !== '';
    if (!given) {
      if (field.required) throw missing(field);
      continue;
    }
    if (field.kind === 'choice' && !(field.options ?? []).includes(raw.trim())) {
      throw missing(field);
    }
    // Passwords are sent exactly as typed; everything else loses stray whitespace.
    const value =
      field.kind === 'new-password' ? raw : field.kind === 'code' ? normaliseCode(raw) : raw.trim();
    values.set(field.name, value);
  }
  return values;
}

/**
 * ChallengeResponses for a step (USERNAME included, SECRET_HASH not: the caller adds it).
 * MFA_SETUP has no code here: its code goes to VerifySoftwareToken first.
 */
export function challengeResponses(
  step: ChallengeStep,
  values: ReadonlyMap<string, string>,
  username: string,
): Record<string, string> {
  const responses: Record<string, string> = { USERNAME: username };
  switch (step.challenge) {
    case 'NEW_PASSWORD_REQUIRED':
      for (const field of step.fields) {
        const value = values.get(field.name);
        if (value === undefined) continue;
        if (field.kind === 'new-password') responses.NEW_PASSWORD = value;
        else if (field.kind === 'attribute') responses[ATTRIBUTE_PREFIX + field.name] = value;
      }
      return responses;
    case 'SMS_MFA':
    case 'SOFTWARE_TOKEN_MFA':
    case 'EMAIL_OTP':
    case 'SMS_OTP':
      responses[CODE_KEYS[step.challenge]] = values.get('code') ?? '';
      return responses;
    case 'SELECT_CHALLENGE':
      // The password or SRP_A a chosen method needs is added where it is sent (choice-steps.ts).
      responses.ANSWER = values.get('method') ?? '';
      return responses;
    case 'SELECT_MFA_TYPE':
      responses.ANSWER = values.get('mfaType') ?? '';
      return responses;
    case 'MFA_SETUP':
      return responses;
  }
}

// Turns a Cognito challenge (name + ChallengeParameters) into a ChallengeStep the user can answer.
// Pure: no network. Cognito's parameters are strings, some holding JSON, so each is parsed as
// unknown and checked.
import type { ChallengeField, ChallengeName, ChallengeStep } from '../../shared/auth';
import { unexpectedResponse } from '../../shared/errors';

/** MFA methods a user may pick at SELECT_MFA_TYPE. */
const MFA_TYPES = new Set(['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);

/** Prefix Cognito puts on attribute names in requiredAttributes (and expects back in answers). */
export const ATTRIBUTE_PREFIX = 'userAttributes.';

/** Parses a ChallengeParameters value that holds a JSON array of strings (absent → empty). */
export function parseStringList(raw: string | undefined, parameter: string): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw unexpectedResponse(`Cognito sent a ${parameter} challenge parameter that is not JSON.`);
  }
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
    throw unexpectedResponse(
      `Cognito sent a ${parameter} challenge parameter that is not a list of names.`,
    );
  }
  return parsed;
}

/** Attribute names from requiredAttributes, without the "userAttributes." prefix. */
export function requiredAttributesOf(parameters: Record<string, string>): string[] {
  const names = parseStringList(parameters.requiredAttributes, 'requiredAttributes').map((name) =>
    name.startsWith(ATTRIBUTE_PREFIX) ? name.slice(ATTRIBUTE_PREFIX.length) : name,
  );
  return [...new Set(names.filter((name) => name !== ''))];
}

/** "given_name" → "Given name"; "custom:team_id" → "Team id". */
export function attributeLabel(name: string): string {
  const bare =
    name
      .replace(/^custom:/, '')
      .replace(/[_:.]+/g, ' ')
      .trim() || name;
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

const CODE_FIELD: ChallengeField = { name: 'code', label: 'Code', kind: 'code', required: true };

function newPasswordStep(parameters: Record<string, string>): ChallengeStep {
  const attributes = requiredAttributesOf(parameters);
  const fields: ChallengeField[] = [
    { name: 'newPassword', label: 'New password', kind: 'new-password', required: true },
    ...attributes.map((name): ChallengeField => ({
      name,
      label: attributeLabel(name),
      kind: 'attribute',
      required: true,
    })),
  ];
  return {
    type: 'challenge',
    challenge: 'NEW_PASSWORD_REQUIRED',
    prompt:
      attributes.length === 0
        ? 'Choose a new password to finish signing in.'
        : 'Choose a new password and fill in the required details to finish signing in.',
    fields,
  };
}

function codeStep(
  challenge: ChallengeName,
  prompt: string,
  destination: string | undefined,
): ChallengeStep {
  const step: ChallengeStep = { type: 'challenge', challenge, prompt, fields: [CODE_FIELD] };
  if (destination) step.destination = destination;
  return step;
}

function selectMfaStep(parameters: Record<string, string>): ChallengeStep {
  const options = parseStringList(parameters.MFAS_CAN_CHOOSE, 'MFAS_CAN_CHOOSE').filter((option) =>
    MFA_TYPES.has(option),
  );
  if (options.length === 0) {
    throw unexpectedResponse(
      'Cognito asked to choose an MFA method but offered none the app supports.',
    );
  }
  return {
    type: 'challenge',
    challenge: 'SELECT_MFA_TYPE',
    prompt: 'Choose how to receive your sign-in code.',
    fields: [{ name: 'mfaType', label: 'MFA method', kind: 'choice', required: true, options }],
  };
}

/**
 * The step for a challenge other than PASSWORD_VERIFIER and MFA_SETUP (whose step needs a network
 * call first); throws AuthError('unexpected-response') naming an unknown challenge.
 */
export function challengeStep(name: string, parameters: Record<string, string>): ChallengeStep {
  const destination = parameters.CODE_DELIVERY_DESTINATION;
  switch (name) {
    case 'NEW_PASSWORD_REQUIRED':
      return newPasswordStep(parameters);
    case 'SMS_MFA':
    case 'SMS_OTP':
      return codeStep(
        name,
        destination
          ? `Enter the code sent by SMS to ${destination}.`
          : 'Enter the code sent by SMS.',
        destination,
      );
    case 'EMAIL_OTP':
      return codeStep(
        name,
        destination
          ? `Enter the code sent by email to ${destination}.`
          : 'Enter the code sent by email.',
        destination,
      );
    case 'SOFTWARE_TOKEN_MFA':
      return codeStep(name, 'Enter the code from your authenticator app.', undefined);
    case 'SELECT_MFA_TYPE':
      return selectMfaStep(parameters);
    default:
      throw unexpectedResponse(
        `Cognito asked for the ${name.replace(/[^\w-]/g, '').slice(0, 60) || 'unnamed'} challenge, which this app does not support.`,
      );
  }
}

/** The MFA_SETUP step: the otpauth URI to add to an authenticator app, then its first code. */
export function mfaSetupStep(otpauthUri: string): ChallengeStep {
  return {
    type: 'challenge',
    challenge: 'MFA_SETUP',
    prompt:
      'Set up an authenticator app: add this account with the otpauth URI (or its QR code), then enter the code the app shows.',
    fields: [CODE_FIELD],
    otpauthUri,
  };
}

// User attributes as Cognito sees them: derived defaults, read-only names, masked destinations.
import type { DoubleUser } from './types';

/** Attributes no app client may write (Cognito sets or owns them). */
export const READ_ONLY_ATTRIBUTES = new Set([
  'sub',
  'email_verified',
  'phone_number_verified',
  'identities',
]);

/** The standard attributes of a user pool schema; custom:* come on top. */
export const STANDARD_ATTRIBUTES = new Set([
  'address',
  'birthdate',
  'email',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'picture',
  'preferred_username',
  'profile',
  'updated_at',
  'website',
  'zoneinfo',
  ...READ_ONLY_ATTRIBUTES,
]);

/** Every attribute of a user, sub included; email_verified defaults to 'true' when an email is set. */
export function allAttributes(user: DoubleUser, sub: string): Record<string, string> {
  const attributes: Record<string, string> = { sub };
  if (user.email !== undefined) {
    attributes.email = user.email;
    attributes.email_verified = 'true';
  }
  if (user.attributes?.phone_number !== undefined) attributes.phone_number_verified = 'true';
  return { ...attributes, ...user.attributes };
}

/** Writes attributes back onto the live user (email lives in its own field). */
export function writeAttributes(user: DoubleUser, changes: Record<string, string>): void {
  for (const [name, value] of Object.entries(changes)) {
    if (name === 'email') user.email = value;
    else user.attributes = { ...user.attributes, [name]: value };
  }
}

/** '+*******1234': every digit but the last four hidden, as Cognito's CODE_DELIVERY_DESTINATION. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/^\+/, '');
  return `+${'*'.repeat(Math.max(digits.length - 4, 0))}${digits.slice(-4)}`;
}

/** 'a***@e***': the first letter of each side of the email. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.charAt(0)}***@${domain.charAt(0)}***`;
}

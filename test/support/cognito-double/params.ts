// Reads request fields from untrusted JSON the way Cognito validates them.
import { CognitoError, missingParameter } from './errors';

/** A parsed JSON request body. */
export type Body = Record<string, unknown>;

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

const notString = (name: string): CognitoError =>
  new CognitoError('SerializationException', `Expected a string for ${name}`);

/** A top-level string member that must be present (Cognito's "Member must not be null"). */
export function requiredString(body: Body, name: string): string {
  const value = body[name];
  if (value === undefined || value === null) {
    throw new CognitoError(
      'InvalidParameterException',
      `1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`,
    );
  }
  if (typeof value !== 'string') throw notString(name);
  return value;
}

/** A top-level string member that may be absent. */
export function optionalString(body: Body, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw notString(name);
  return value;
}

/** A map of strings such as AuthParameters or ChallengeResponses (absent means empty). */
export function stringMap(body: Body, name: string): Record<string, string> {
  const value = body[name];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw notString(name);
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    // JSON null inside a map means "not sent" to Cognito (identity-js sends DEVICE_KEY: null).
    if (entry === null) continue;
    if (typeof entry !== 'string') throw notString(`${name}.${key}`);
    result[key] = entry;
  }
  return result;
}

/** An entry of AuthParameters/ChallengeResponses that must be present and non-empty. */
export function requiredParam(map: Record<string, string>, key: string): string {
  const value = map[key];
  if (value === undefined || value === '') throw missingParameter(key);
  return value;
}

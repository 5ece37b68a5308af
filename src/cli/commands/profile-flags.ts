// The flags `profiles add` and `profiles edit` share, and their translation into a profile
// input or patch. Values are checked by the profile schema; this only shapes them.
import type { ProfileInput, ProfilePatch } from '../../shared/profile';
import { isProfileError, ProfileError } from '../../main/profiles/errors';
import { usageError } from '../cli-error';
import { checkEnvName, type SecretSource } from '../secret-input';
import { CONNECTION_FLAGS, parseFlow, parsePreferredChallenge } from './login-options';

/** Flags naming profile fields, as in the stateless login, plus the profile's own settings. */
export const PROFILE_FIELD_FLAGS = {
  ...CONNECTION_FLAGS,
  'remember-password': { type: 'boolean' },
  label: { type: 'string' },
  colour: { type: 'string' },
  color: { type: 'string' },
  'refresh-ahead': { type: 'string' },
  'refresh-rotation': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The parsed values of PROFILE_FIELD_FLAGS (every one optional). */
export interface ProfileFieldValues {
  'pool-id'?: string;
  'client-id'?: string;
  region?: string;
  endpoint?: string;
  flow?: string;
  'preferred-challenge'?: string;
  username?: string;
  'client-secret-env'?: string;
  'client-secret-prompt'?: boolean;
  'password-env'?: string;
  'remember-password'?: boolean;
  label?: string;
  colour?: string;
  color?: string;
  'refresh-ahead'?: string;
  'refresh-rotation'?: boolean;
}

function parseSeconds(value: string): number {
  if (!/^\d{1,6}$/.test(value.trim())) {
    throw usageError('--refresh-ahead takes a whole number of seconds, such as 300.');
  }
  return Number(value.trim());
}

/** The profile fields the flags set; an empty value clears an optional field (null). */
export function fieldsFromFlags(flags: ProfileFieldValues): ProfilePatch {
  const patch: ProfilePatch = {};
  const clearable = (value: string | undefined) =>
    value === undefined ? undefined : value.trim() === '' ? null : value.trim();
  if (flags['pool-id'] !== undefined) patch.userPoolId = flags['pool-id'].trim();
  if (flags['client-id'] !== undefined) patch.clientId = flags['client-id'].trim();
  if (flags.username !== undefined) patch.username = flags.username.trim();
  if (flags.flow !== undefined) patch.authFlow = parseFlow(flags.flow);
  // The store refuses a preferred method on a flow other than choice, naming the flag.
  const preferred = clearable(flags['preferred-challenge']);
  if (preferred === null) patch.preferredChallenge = null;
  else if (preferred !== undefined) patch.preferredChallenge = parsePreferredChallenge(preferred);
  const region = clearable(flags.region);
  if (region !== undefined && region !== null) patch.region = region;
  const endpoint = clearable(flags.endpoint);
  if (endpoint !== undefined) patch.endpoint = endpoint;
  const label = clearable(flags.label);
  if (label !== undefined) patch.label = label;
  if (flags.colour !== undefined && flags.color !== undefined) {
    throw usageError('Use either --colour or --color, not both.');
  }
  const colour = clearable(flags.colour ?? flags.color);
  if (colour !== undefined) patch.colour = colour;
  if (flags['refresh-ahead'] !== undefined) {
    patch.refreshAheadSeconds = parseSeconds(flags['refresh-ahead']);
  }
  if (flags['remember-password'] === true) patch.rememberPassword = true;
  if (flags['refresh-rotation'] === true) patch.refreshRotation = true;
  return patch;
}

/** Where the client secret comes from: an -env variable, a hidden prompt, or nowhere (null). */
export function clientSecretSource(flags: ProfileFieldValues): SecretSource | null {
  const envName = flags['client-secret-env'];
  if (envName !== undefined && flags['client-secret-prompt'] === true) {
    throw usageError('Use either --client-secret-env or --client-secret-prompt, not both.');
  }
  if (envName === undefined && flags['client-secret-prompt'] !== true) return null;
  checkEnvName('--client-secret-env', envName);
  return { envFlag: '--client-secret-env', envName, label: 'Client secret' };
}

/** Where a password to remember comes from; only meaningful with --remember-password. */
export function passwordSource(flags: ProfileFieldValues, remembers: boolean): SecretSource | null {
  const envName = flags['password-env'];
  if (envName === undefined) return null;
  if (!remembers) {
    throw usageError(
      '--password-env is only kept with --remember-password; otherwise give the password to login.',
    );
  }
  checkEnvName('--password-env', envName);
  return { envFlag: '--password-env', envName, label: 'Password' };
}

/** A new profile from the flags: --pool-id, --client-id and --username are required; nulls dropped. */
export function inputFromFields(name: string, fields: ProfilePatch): ProfileInput {
  const { userPoolId, clientId, username } = fields;
  if (userPoolId === undefined) throw usageError('--pool-id is required to add a profile.');
  if (clientId === undefined) throw usageError('--client-id is required to add a profile.');
  if (username === undefined) throw usageError('--username is required to add a profile.');
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
  return { ...present, name, userPoolId, clientId, username };
}

const FLAG_OF_FIELD: Record<string, string> = {
  userPoolId: '--pool-id',
  clientId: '--client-id',
  authFlow: '--flow',
  preferredChallenge: '--preferred-challenge',
  refreshAheadSeconds: '--refresh-ahead',
  name: 'NAME',
};

/** Runs a profile change; field names in its error details become the flags a user typed. */
export async function withFlagNames<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isProfileError(error) || error.code !== 'invalid-profile') throw error;
    const details = error.details.map((line) =>
      line.replace(/^(\w+):/, (match, field: string) => {
        const flag =
          FLAG_OF_FIELD[field] ?? `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
        return `${flag}:`;
      }),
    );
    throw new ProfileError(error.code, error.message, details, { cause: error });
  }
}

// The flags `profiles add` and `profiles edit` share, and their translation into a profile
// input or patch. Values are checked by the profile schema; this only shapes them.
import type { ProfileInput, ProfilePatch } from '../../../shared/profile';
import { SIGN_IN_KINDS, type SignInKind } from '../../../shared/sign-in-kinds';
import { isProfileError, ProfileError } from '../../../shared/errors';
import { usageError } from '../../cli-error';
import { checkEnvName, type SecretSource } from '../../secret-input';
import { CONNECTION_FLAGS, parseFlow, parsePreferredChallenge } from '../login/login-options';

/** Flags naming profile fields, as in the stateless login, plus the profile's own settings. */
export const PROFILE_FIELD_FLAGS = {
  ...CONNECTION_FLAGS,
  'sign-in': { type: 'string' },
  domain: { type: 'string' },
  scopes: { type: 'string' },
  'redirect-uri': { type: 'string' },
  'identity-provider': { type: 'string' },
  'identity-pool-id': { type: 'string' },
  'role-arn': { type: 'string' },
  'remember-password': { type: 'boolean' },
  label: { type: 'string' },
  colour: { type: 'string' },
  color: { type: 'string' },
  'refresh-ahead': { type: 'string' },
  'refresh-rotation': { type: 'boolean' },
} as const;

/** The parsed values of PROFILE_FIELD_FLAGS (every one optional). */
export interface ProfileFieldValues {
  'sign-in'?: string;
  domain?: string;
  scopes?: string;
  'redirect-uri'?: string;
  'identity-provider'?: string;
  'identity-pool-id'?: string;
  'role-arn'?: string;
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

/** --sign-in as a kind; undefined when not given. */
export function parseSignIn(value: string | undefined): SignInKind | undefined {
  if (value === undefined) return undefined;
  const kind = SIGN_IN_KINDS.find((k) => k === value.trim().toLowerCase());
  if (kind) return kind;
  throw usageError('--sign-in must be password (the default), browser or client-credentials.');
}

/** --scopes as a list: separated by spaces or commas (Amplify writes commas); "" clears it. */
export function parseScopes(value: string | undefined): string[] | null | undefined {
  if (value === undefined) return undefined;
  const scopes = value.split(/[\s,]+/).filter((s) => s !== '');
  return scopes.length === 0 ? null : scopes;
}

const clearable = (value: string | undefined) =>
  value === undefined ? undefined : value.trim() === '' ? null : value.trim();

/** The sign-in kind's own fields: --sign-in, --domain, --scopes, --redirect-uri, --identity-provider. */
function kindFieldsFromFlags(flags: ProfileFieldValues, patch: ProfilePatch): void {
  const signIn = parseSignIn(flags['sign-in']);
  if (signIn !== undefined) patch.signIn = signIn;
  const domain = clearable(flags.domain);
  if (domain !== undefined) patch.domain = domain;
  const scopes = parseScopes(flags.scopes);
  if (scopes !== undefined) patch.scopes = scopes;
  const redirectUri = clearable(flags['redirect-uri']);
  if (redirectUri !== undefined) patch.redirectUri = redirectUri;
  const identityProvider = clearable(flags['identity-provider']);
  if (identityProvider !== undefined) patch.identityProvider = identityProvider;
}

/** The profile fields the flags set; an empty value clears an optional field (null). */
export function fieldsFromFlags(flags: ProfileFieldValues): ProfilePatch {
  const patch: ProfilePatch = {};
  kindFieldsFromFlags(flags, patch);
  if (flags['pool-id'] !== undefined) patch.userPoolId = flags['pool-id'].trim();
  if (flags['client-id'] !== undefined) patch.clientId = flags['client-id'].trim();
  const username = clearable(flags.username);
  if (username !== undefined) patch.username = username;
  if (flags.flow !== undefined) patch.authFlow = parseFlow(flags.flow);
  // The store refuses a preferred method on a flow other than choice, naming the flag.
  const preferred = clearable(flags['preferred-challenge']);
  if (preferred === null) patch.preferredChallenge = null;
  else if (preferred !== undefined) patch.preferredChallenge = parsePreferredChallenge(preferred);
  const region = clearable(flags.region);
  if (region !== undefined && region !== null) patch.region = region;
  const endpoint = clearable(flags.endpoint);
  if (endpoint !== undefined) patch.endpoint = endpoint;
  const identityPoolId = clearable(flags['identity-pool-id']);
  if (identityPoolId !== undefined) patch.identityPoolId = identityPoolId;
  const roleArn = clearable(flags['role-arn']);
  if (roleArn !== undefined) patch.roleArn = roleArn;
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

/**
 * A new profile from the flags: --pool-id and --client-id are required; what each kind needs
 * besides (--username, --domain) is named by the schema, one sentence per missing flag.
 */
export function inputFromFields(name: string, fields: ProfilePatch): ProfileInput {
  const { userPoolId, clientId } = fields;
  if (userPoolId === undefined) throw usageError('--pool-id is required to add a profile.');
  if (clientId === undefined) throw usageError('--client-id is required to add a profile.');
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
  return { ...present, name, userPoolId, clientId };
}

const FLAG_OF_FIELD: Record<string, string> = {
  userPoolId: '--pool-id',
  clientId: '--client-id',
  authFlow: '--flow',
  hasClientSecret: '--client-secret-env',
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
      // An item of a list ("scopes[2]:") is named by its flag; the sentence quotes the value.
      line.replace(/^(\w+)(?:\[\d+\])?:/, (match, field: string) => {
        const flag =
          FLAG_OF_FIELD[field] ?? `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
        return `${flag}:`;
      }),
    );
    throw new ProfileError(error.code, error.message, details, { cause: error });
  }
}

// login's flags: the table, and their translation into checked, typed options.
import { SIGN_IN_METHODS, type AuthFlow, type SignInMethod } from '../../../shared/auth';
import type { PoolConnection } from '../../../main/cognito/types';
import { parseFlags } from '../../args';
import type { ChallengeInputs } from '../../challenges';
import { usageError } from '../../cli-error';
import type { OutputMode, TokenChoice } from '../../output';
import { checkEnvName, type SecretSource } from '../../secret-input';

/** Where and as whom to sign in: shared by the stateless login and `profiles add|edit`. */
export const CONNECTION_FLAGS = {
  'pool-id': { type: 'string' },
  'client-id': { type: 'string' },
  region: { type: 'string' },
  endpoint: { type: 'string' },
  flow: { type: 'string' },
  'preferred-challenge': { type: 'string' },
  username: { type: 'string' },
  'client-secret-env': { type: 'string' },
  'client-secret-prompt': { type: 'boolean' },
  'password-env': { type: 'string' },
} as const;

/** Flags for the answers and output of a sign-in, shared by both forms of login. */
export const SIGN_IN_FLAGS = {
  'new-password-env': { type: 'string' },
  attribute: { type: 'string', multiple: true },
  'mfa-code-env': { type: 'string' },
  'mfa-type': { type: 'string' },
  'show-setup-uri': { type: 'boolean' },
  output: { type: 'string' },
  print: { type: 'string' },
  timeout: { type: 'string' },
} as const;

/** Every flag the stateless login accepts. */
export const LOGIN_FLAGS = { ...CONNECTION_FLAGS, ...SIGN_IN_FLAGS } as const;

/** Longest per-request timeout worth waiting for, in seconds. */
const MAX_TIMEOUT_SECONDS = 300;
const TOKEN_CHOICES: readonly TokenChoice[] = ['id', 'access', 'refresh'];
const MFA_TYPES: readonly string[] = ['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP'];
const ATTRIBUTE_NAME = /^[A-Za-z0-9_:.-]+$/;

/** login's arguments after checking; secrets are not read yet, only where they come from. */
export interface LoginOptions {
  /** Everything but the client secret, which is read later. */
  connection: Omit<PoolConnection, 'clientSecret'>;
  flow: AuthFlow;
  /** --preferred-challenge, with --flow choice only. */
  preferredChallenge: SignInMethod | undefined;
  username: string;
  password: SecretSource;
  /** Null when the app client has no secret; a source without envName means a hidden prompt. */
  clientSecret: SecretSource | null;
  challenge: ChallengeInputs;
  output: OutputMode;
}

/** --flow as an AuthFlow: srp (the default), password or choice. */
export function parseFlow(value: string | undefined): AuthFlow {
  if (value === undefined || value === 'srp') return 'srp';
  if (value === 'password' || value === 'choice') return value;
  throw usageError('--flow must be srp (the default), password or choice.');
}

/** --preferred-challenge as a sign-in method (any case); undefined when not given. */
export function parsePreferredChallenge(value: string | undefined): SignInMethod | undefined {
  if (value === undefined) return undefined;
  const method = SIGN_IN_METHODS.find((m) => m === value.trim().toUpperCase());
  if (method) return method;
  throw usageError(`--preferred-challenge must be one of ${SIGN_IN_METHODS.join(', ')}.`);
}

/** The preferred method of a stateless login: only the choice flow has one. */
function preferredFor(flow: AuthFlow, value: string | undefined): SignInMethod | undefined {
  const method = parsePreferredChallenge(value);
  if (method !== undefined && flow !== 'choice') {
    throw usageError('--preferred-challenge needs --flow choice.');
  }
  return method;
}

/** --output / --print as an OutputMode; both at once is a usage error. */
export function parseOutput(output: string | undefined, print: string | undefined): OutputMode {
  if (output !== undefined && print !== undefined) {
    throw usageError('Use either --output or --print, not both.');
  }
  if (print !== undefined) {
    const token = TOKEN_CHOICES.find((choice) => choice === print);
    if (!token) throw usageError('--print must be id, access or refresh.');
    return { kind: 'print', token };
  }
  if (output === undefined || output === 'json') return { kind: 'json' };
  throw usageError(
    '--output must be json (the only format so far); use --print for one bare token.',
  );
}

/** --timeout SECONDS as milliseconds; undefined when not given. */
export function parseTimeoutMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (
    value.trim() === '' ||
    !Number.isFinite(seconds) ||
    seconds <= 0 ||
    seconds > MAX_TIMEOUT_SECONDS
  ) {
    throw usageError(`--timeout must be a number of seconds between 0 and ${MAX_TIMEOUT_SECONDS}.`);
  }
  return Math.round(seconds * 1000);
}

/** --attribute name=value pairs as a map; a repeated name is a usage error. */
export function parseAttributes(pairs: string[] | undefined): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const pair of pairs ?? []) {
    const equals = pair.indexOf('=');
    const name = equals > 0 ? pair.slice(0, equals) : '';
    if (!ATTRIBUTE_NAME.test(name)) {
      throw usageError('--attribute takes name=value, for example --attribute given_name=Ada.');
    }
    if (attributes.has(name)) throw usageError(`--attribute ${name} is given more than once.`);
    attributes.set(name, pair.slice(equals + 1));
  }
  return attributes;
}

function required(value: string | undefined, flag: string, what: string): string {
  if (value === undefined || value.trim() === '') {
    throw usageError(`${flag} is required: ${what}.`);
  }
  return value.trim();
}

/** A secret source for an -env flag, after checking the variable name. */
export function source(envFlag: string, envName: string | undefined, label: string): SecretSource {
  checkEnvName(envFlag, envName);
  return { envFlag, envName, label };
}

/** --mfa-type, checked against the MFA types Cognito offers. */
export function parseMfaType(value: string | undefined): string | undefined {
  if (value === undefined || MFA_TYPES.includes(value)) return value;
  throw usageError(`--mfa-type must be one of ${MFA_TYPES.join(', ')}.`);
}

function parseClientSecret(
  envName: string | undefined,
  prompt: boolean | undefined,
): SecretSource | null {
  if (envName !== undefined && prompt === true) {
    throw usageError('Use either --client-secret-env or --client-secret-prompt, not both.');
  }
  if (envName === undefined && prompt !== true) return null;
  return source('--client-secret-env', envName, 'Client secret');
}

/** Parses and checks login's argv; throws CliError (exit 2) naming the flag at fault. */
export function parseLoginOptions(argv: string[]): LoginOptions {
  const flags = parseFlags('login', argv, LOGIN_FLAGS);
  const flow = parseFlow(flags.flow);
  return {
    connection: {
      userPoolId: required(
        flags['pool-id'],
        '--pool-id',
        'the user pool id, such as us-east-2_AbC123',
      ),
      clientId: required(flags['client-id'], '--client-id', 'the app client id'),
      region: flags.region,
      endpoint: flags.endpoint,
      timeoutMs: parseTimeoutMs(flags.timeout),
    },
    flow,
    preferredChallenge: preferredFor(flow, flags['preferred-challenge']),
    username: required(flags.username, '--username', 'the user name or email to sign in as'),
    password: source('--password-env', flags['password-env'], 'Password'),
    clientSecret: parseClientSecret(flags['client-secret-env'], flags['client-secret-prompt']),
    challenge: {
      newPassword: source('--new-password-env', flags['new-password-env'], 'New password'),
      mfaCode: source('--mfa-code-env', flags['mfa-code-env'], 'MFA code'),
      mfaType: parseMfaType(flags['mfa-type']),
      preferredChallenge: flags['preferred-challenge'],
      attributes: parseAttributes(flags.attribute),
      showSetupUri: flags['show-setup-uri'] === true,
    },
    output: parseOutput(flags.output, flags.print),
  };
}

// The profile form's values and their checks, from the same zod schema the store uses, so a
// field error shows while typing and the store never sees a value it would refuse. Only the
// fields the chosen sign-in kind uses are sent; the others stay hidden and untouched.
import { issueSentences, ProfileInputSchema, regionOfPool } from '../../shared/profile';
import type { ProfileView } from '../../shared/contract-views';
import type { SignInKind } from '../../shared/sign-in-kinds';

/** The form's fields as typed. */
export interface FormValues {
  name: string;
  signIn: SignInKind;
  userPoolId: string;
  clientId: string;
  authFlow: 'srp' | 'password' | 'choice';
  /** The choice flow's preferred method ('' for none). */
  preferredChallenge: string;
  username: string;
  rememberPassword: boolean;
  /** The managed login's domain (browser and M2M). */
  domain: string;
  /** Scopes separated by spaces (browser and M2M); '' for the default. */
  scopes: string;
  redirectUri: string;
  identityProvider: string;
  endpoint: string;
  refreshAheadSeconds: string;
  /** Password and browser: the identity pool for AWS credentials ('' for none). */
  identityPoolId: string;
  roleArn: string;
}

/** A field the form can show an error beside: its own fields, and the client secret. */
export type FormErrorKey = keyof FormValues | 'clientSecret';

/** The radio group's choices, in order, with their visible labels. */
export const SIGN_IN_CHOICES: readonly { kind: SignInKind; label: string }[] = [
  { kind: 'password', label: 'Password (SRP or plain)' },
  { kind: 'browser', label: 'Browser (managed login)' },
  { kind: 'client-credentials', label: 'App client credentials (M2M)' },
];

/** Empty values for a new profile. */
export const EMPTY_FORM: FormValues = {
  name: '',
  signIn: 'password',
  userPoolId: '',
  clientId: '',
  authFlow: 'srp',
  preferredChallenge: '',
  username: '',
  rememberPassword: false,
  domain: '',
  scopes: '',
  redirectUri: '',
  identityProvider: '',
  endpoint: '',
  refreshAheadSeconds: '300',
  identityPoolId: '',
  roleArn: '',
};

/** A stored profile's values in the form. */
export function formValuesOf(profile: ProfileView): FormValues {
  return {
    name: profile.name,
    signIn: profile.signIn,
    userPoolId: profile.userPoolId,
    clientId: profile.clientId,
    authFlow: profile.authFlow,
    preferredChallenge: profile.preferredChallenge ?? '',
    username: profile.username ?? '',
    rememberPassword: profile.rememberPassword,
    domain: profile.domain ?? '',
    scopes: (profile.scopes ?? []).join(' '),
    redirectUri: profile.redirectUri ?? '',
    identityProvider: profile.identityProvider ?? '',
    endpoint: profile.endpoint ?? '',
    refreshAheadSeconds: String(profile.refreshAheadSeconds),
    identityPoolId: profile.identityPoolId ?? '',
    roleArn: profile.roleArn ?? '',
  };
}

/** `{ [key]: value }` when the value is not empty, else nothing. */
const optional = <K extends string>(key: K, value: string) =>
  (value.trim() === '' ? {} : { [key]: value.trim() }) as Partial<Record<K, string>>;

/** The scopes as a list (spaces or commas between them), or nothing when none are typed. */
function scopeList(text: string): { scopes?: string[] } {
  const scopes = text.split(/[\s,]+/).filter((s) => s !== '');
  return scopes.length === 0 ? {} : { scopes };
}

/** The identity pool and role (password and browser profiles: M2M has no ID token to trade). */
function identityPoolFields(values: FormValues) {
  return {
    ...optional('identityPoolId', values.identityPoolId),
    ...optional('roleArn', values.roleArn),
  };
}

/** The fields only the chosen kind uses, as the bridge carries them. */
function kindFields(values: FormValues) {
  if (values.signIn === 'password') {
    return {
      ...identityPoolFields(values),
      username: values.username.trim(),
      authFlow: values.authFlow,
      rememberPassword: values.rememberPassword,
      ...(values.authFlow === 'choice'
        ? optional('preferredChallenge', values.preferredChallenge)
        : {}),
    };
  }
  const shared = { domain: values.domain.trim(), ...scopeList(values.scopes) };
  if (values.signIn === 'client-credentials') return shared;
  return {
    ...shared,
    ...identityPoolFields(values),
    ...optional('username', values.username),
    ...optional('redirectUri', values.redirectUri),
    ...optional('identityProvider', values.identityProvider),
  };
}

/** The values as the bridge carries them (empty optional fields left out). */
export function toFields(values: FormValues) {
  const seconds = Number(values.refreshAheadSeconds);
  return {
    name: values.name.trim(),
    signIn: values.signIn,
    userPoolId: values.userPoolId.trim(),
    clientId: values.clientId.trim(),
    refreshAheadSeconds: values.refreshAheadSeconds.trim() === '' ? Number.NaN : seconds,
    ...optional('endpoint', values.endpoint),
    ...kindFields(values),
  };
}

/**
 * The values as changes to a stored profile: an emptied optional field of the chosen kind is
 * cleared (null), and the store clears the fields a new kind does not use.
 */
export function toChanges(values: FormValues) {
  const fields = toFields(values);
  const cleared = (keys: readonly string[]) =>
    Object.fromEntries(keys.filter((k) => !(k in fields)).map((k) => [k, null]));
  const byKind: Record<SignInKind, readonly string[]> = {
    // Only the choice flow keeps a preferred method; otherwise it is cleared.
    password: ['preferredChallenge', 'identityPoolId', 'roleArn'],
    browser: ['username', 'scopes', 'redirectUri', 'identityProvider', 'identityPoolId', 'roleArn'],
    'client-credentials': ['scopes'],
  };
  return { ...fields, ...cleared(['endpoint', ...byKind[values.signIn]]) };
}

// An empty field is not "a wrong value": it is one still to fill in, and says so.
const NEEDED: Partial<Record<keyof FormValues, string>> = {
  name: 'A profile name is needed.',
  userPoolId: 'The user pool id is needed (such as eu-west-1_AbC123).',
  clientId: 'The app client id is needed.',
  username: 'The username this profile signs in as is needed.',
  domain: 'The managed login domain is needed.',
  refreshAheadSeconds: 'A number of seconds is needed (300 is usual).',
};

function isEmpty(values: FormValues, key: FormErrorKey): key is keyof FormValues {
  return key !== 'clientSecret' && typeof values[key] === 'string' && values[key].trim() === '';
}

/** Field → its error sentence, from the store's schema; `hasClientSecret` as the form stands. */
export function validate(
  values: FormValues,
  hasClientSecret = false,
): Partial<Record<FormErrorKey, string>> {
  const parsed = ProfileInputSchema.safeParse({ ...toFields(values), hasClientSecret });
  if (parsed.success) return {};
  const errors: Partial<Record<FormErrorKey, string>> = {};
  const sentences = issueSentences(parsed.error);
  parsed.error.issues.forEach((issue, i) => {
    const field = issue.path[0];
    const key = (field === 'hasClientSecret' ? 'clientSecret' : field) as FormErrorKey | undefined;
    const sentence = sentences[i] ?? issue.message;
    if (!key || key in errors) return;
    errors[key] = isEmpty(values, key)
      ? (NEEDED[key] ?? 'This field is needed.')
      : sentence.replace(/^[\w.[\]]+: /, '');
  });
  return errors;
}

/**
 * What of a stored client secret's binding the form changes, in words ("domain", "app client"):
 * main removes the secret on save unless a new one comes with it (a secret is only sent to the
 * host and client it was given for).
 */
export function secretBindingMoves(values: FormValues, profile: ProfileView): string[] {
  const fields: Record<string, unknown> = toFields(values);
  const origin = (v: unknown) => (typeof v === 'string' ? v.replace(/\/+$/, '') : undefined);
  const moves: string[] = [];
  if (origin(fields.domain) !== origin(profile.domain)) moves.push('domain');
  if (fields.endpoint !== profile.endpoint) moves.push('endpoint');
  if (fields.userPoolId !== profile.userPoolId) moves.push('user pool');
  if (fields.clientId !== profile.clientId) moves.push('app client');
  return moves;
}

/** The region as read from the pool id, or '' when it names none yet. */
export function regionHint(userPoolId: string): string {
  return regionOfPool(userPoolId.trim());
}

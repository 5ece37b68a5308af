// A profile names one Cognito app client and how to sign in with it: as a user with a password,
// as a user through the managed login in a browser, or as the app client itself (M2M). Pure
// zod, no Node: the store, the IPC contract and the importers all validate with these schemas.
import * as z from 'zod';
import { SIGN_IN_METHODS, type AuthFlow } from './auth';
import { endpointField, storedEndpointField } from './endpoint-field';
import { between, expected, PRINTABLE, text } from './field-text';
import { isRegion, resolvePoolId } from './pool-id';
import {
  checkPoolId,
  checkPreferred,
  checkRegion,
  fillRegion,
  POOL_ID_EXPECTATION,
} from './profile-checks';
import {
  checkSignInKind,
  domainField,
  fillSignInDefaults,
  identityProviderField,
  redirectUriField,
  scopesField,
  signInField,
} from './sign-in-fields';
import {
  identityPoolRegion,
  IDENTITY_POOL_ID_EXPECTATION,
  isRoleArn,
  ROLE_ARN_EXPECTATION,
} from './identity-pool';

export { describeValue, expected, formatIssuePath, issueSentences } from './field-text';
export { endpointProblem } from './endpoint-field';
export { checkRegion, POOL_ID_EXPECTATION, regionOfPool } from './profile-checks';
export {
  DEFAULT_BROWSER_SCOPES,
  DEFAULT_REDIRECT_URI,
  isLoopbackHost,
  profileUserText,
  SIGN_IN_KINDS,
  type SignInKind,
} from './sign-in-kinds';

/** Seconds before expiry at which tokens are refreshed when nothing else is said. */
export const DEFAULT_REFRESH_AHEAD_SECONDS = 300;

/** How a user signs in: SRP (the Cognito default), a plain password, or a choice (USER_AUTH). */
export const AUTH_FLOWS = ['srp', 'password', 'choice'] as const satisfies readonly AuthFlow[];

/**
 * Schema of a user pool id such as "us-east-1_AbC123". An emulator's id ("local_AbC123") passes
 * here and is checked against the endpoint by the object schema (checkPoolId).
 */
export const userPoolIdField = text(
  POOL_ID_EXPECTATION,
  (v) => resolvePoolId(v, { endpoint: 'emulator' }) !== null,
);
/** Schema of an AWS region name such as "eu-west-1". */
export const regionField = text('an AWS region (such as eu-west-1)', isRegion);
/** Schema of an app client id: letters, digits, + and _ (Cognito's own pattern). */
export const clientIdField = text(
  'an app client id (letters and digits, such as 4example5abc)',
  (v) => /^[\w+]{1,128}$/.test(v),
);
/** Schema of a username as typed at sign-in (a name, an email or a phone alias). */
export const usernameField = text('a username of 1 to 128 characters', between(1, 128));

const nameField = text(
  'a profile name of 1 to 64 characters',
  (v) => between(1, 64)(v) && PRINTABLE.test(v),
);
const labelField = text(
  'a label of 1 to 64 characters',
  (v) => between(1, 64)(v) && PRINTABLE.test(v),
);
const colourField = text('a colour written #rrggbb (such as #1a7f37)', (v) =>
  /^#[0-9a-fA-F]{6}$/.test(v),
);
const secondsError = expected('a whole number of seconds from 0 to 86400');
const secondsField = z
  .int({ error: secondsError })
  .min(0, { error: secondsError })
  .max(86_400, { error: secondsError });
const flagField = z.boolean({ error: expected('true or false') });
const authFlowField = z.enum(AUTH_FLOWS, { error: expected('"srp", "password" or "choice"') });
const quotedMethods = SIGN_IN_METHODS.map((m) => `"${m}"`);
const preferredField = z.enum(SIGN_IN_METHODS, {
  error: expected(`one of ${quotedMethods.slice(0, -1).join(', ')} or ${quotedMethods.at(-1)}`),
});
const idField = text('a profile id', between(1, 100));
/** Schema of an identity pool id: REGION:GUID. */
export const identityPoolIdField = text(
  IDENTITY_POOL_ID_EXPECTATION,
  (v) => identityPoolRegion(v) !== null,
);
const roleArnField = text(ROLE_ARN_EXPECTATION, isRoleArn);

// Fields without defaults, so a patch never fills in values nobody asked to change.
const editable = {
  name: nameField,
  signIn: signInField,
  userPoolId: userPoolIdField,
  region: regionField.optional(),
  clientId: clientIdField,
  hasClientSecret: flagField,
  authFlow: authFlowField,
  /** The choice flow only: the method asked for at InitiateAuth (PREFERRED_CHALLENGE). */
  preferredChallenge: preferredField.optional(),
  /** Password profiles: required. Browser: optional (the user is learned at sign-in). M2M: none. */
  username: usernameField.optional(),
  endpoint: endpointField.optional(),
  /** Browser and M2M: the managed login's origin (https://<prefix>.auth.<region>.amazoncognito.com). */
  domain: domainField.optional(),
  /** Browser and M2M: the OAuth scopes asked for (M2M without any: all the client may have). */
  scopes: scopesField.optional(),
  /** Browser: where the managed login sends the browser back (a callback URL of the client). */
  redirectUri: redirectUriField.optional(),
  /** Browser: the identity provider to go straight to (identity_provider), e.g. Google. */
  identityProvider: identityProviderField.optional(),
  /** Password and browser: the identity pool that trades the ID token for AWS credentials. */
  identityPoolId: identityPoolIdField.optional(),
  /** With an identity pool: the role to ask for (CustomRoleArn) instead of the pool's default. */
  roleArn: roleArnField.optional(),
  label: labelField.optional(),
  colour: colourField.optional(),
  refreshAheadSeconds: secondsField,
  rememberPassword: flagField,
  refreshRotation: flagField,
};

const withDefaults = {
  ...editable,
  signIn: signInField.default('password'),
  hasClientSecret: flagField.default(false),
  authFlow: authFlowField.default('srp'),
  refreshAheadSeconds: secondsField.default(DEFAULT_REFRESH_AHEAD_SECONDS),
  rememberPassword: flagField.default(false),
  refreshRotation: flagField.default(false),
};

type Checked = z.output<z.ZodObject<typeof withDefaults>>;

/** Every cross-field rule of a whole profile, one issue per wrong field. */
function checkProfile(p: Checked, ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void }): void {
  checkPoolId(p, ctx);
  checkRegion(p.userPoolId, p.region, ctx);
  checkPreferred(p, ctx);
  if (p.roleArn !== undefined && p.identityPoolId === undefined) {
    const message = 'is only used with an identity pool; give identityPoolId too, or leave it out.';
    ctx.addIssue({ code: 'custom', path: ['roleArn'], message, input: p.roleArn });
  }
}

// The kind's rules run even when another field failed, so "username is missing" shows beside
// the other sentences while the form is filled in (checkSignInKind reads partial values warily).
const evenWithOtherIssues = {
  when: ({ value }: { value: unknown }) => typeof value === 'object' && value !== null,
};

/** The region from the pool id, and a browser profile's default scopes and redirect URI. */
function fill<T extends Checked>(value: T) {
  return fillSignInDefaults(fillRegion(value));
}

/** A new profile as the UI, the CLI or an import describes it (no id yet; region optional). */
export const ProfileInputSchema = z
  .strictObject(withDefaults, { error: expected('a profile object') })
  .superRefine(checkProfile)
  .superRefine(checkSignInKind, evenWithOtherIssues)
  .transform(fill);

/**
 * A stored profile: validates store reads and IPC payloads. An endpoint stored before the https
 * rule still loads (and is refused at use); new ones pass the rule (ProfileInputSchema, patches).
 */
export const ProfileSchema = z
  .strictObject(
    { id: idField, ...withDefaults, endpoint: storedEndpointField.optional() },
    { error: expected('a profile object') },
  )
  .superRefine(checkProfile)
  .superRefine(checkSignInKind, evenWithOtherIssues)
  .transform(fill);

const clearable = <T extends z.ZodType>(field: T) => field.nullable().optional();

/**
 * Changes to a profile: absent keys stay, null clears an optional field. A change of signIn
 * clears the fields the new kind does not use (see patchProfile).
 */
export const ProfilePatchSchema = z.strictObject(
  {
    name: editable.name.optional(),
    signIn: signInField.optional(),
    userPoolId: editable.userPoolId.optional(),
    region: editable.region,
    clientId: editable.clientId.optional(),
    hasClientSecret: flagField.optional(),
    authFlow: authFlowField.optional(),
    preferredChallenge: clearable(preferredField),
    username: clearable(usernameField),
    endpoint: clearable(endpointField),
    domain: clearable(domainField),
    scopes: clearable(scopesField),
    redirectUri: clearable(redirectUriField),
    identityProvider: clearable(identityProviderField),
    identityPoolId: clearable(identityPoolIdField),
    roleArn: clearable(roleArnField),
    label: clearable(labelField),
    colour: clearable(colourField),
    refreshAheadSeconds: secondsField.optional(),
    rememberPassword: flagField.optional(),
    refreshRotation: flagField.optional(),
  },
  { error: expected('a profile patch object') },
);

/** A stored profile. */
export type Profile = z.output<typeof ProfileSchema>;
/** What callers pass to create a profile (defaults and region filled in by the schema). */
export type ProfileInput = z.input<typeof ProfileInputSchema>;
/** A validated new profile, before the store gives it an id. */
export type NewProfile = z.output<typeof ProfileInputSchema>;
/** What callers pass to change a profile. */
export type ProfilePatch = z.input<typeof ProfilePatchSchema>;

/** The key names are compared by: names are unique regardless of case. */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

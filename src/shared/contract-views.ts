// What main answers the window with: profiles, session rows, token claims, notices. Only
// non-secret facts: a token crosses as decoded claims and a masked preview, never whole.
import { z } from 'zod';
import { AUTH_FLOWS } from './profile';
import { MAX_SCOPES, SIGN_IN_KINDS } from './sign-in-kinds';
import { CHALLENGE_NAMES, SIGN_IN_METHODS } from './auth';

/** A bounded string: every string on the bridge has a ceiling. */
export const bounded = (max: number) => z.string().max(max);
const epochMs = z.number().int().nonnegative();

/** A stored profile as the window sees it (a profile holds no secret, only flags). */
export const ProfileViewSchema = z.strictObject({
  id: bounded(100),
  name: bounded(64),
  userPoolId: bounded(128),
  region: bounded(32),
  clientId: bounded(128),
  hasClientSecret: z.boolean(),
  /** An edit moved the profile to another host or client and removed its secret: why. */
  clientSecretDropped: bounded(200).optional(),
  authFlow: z.enum(AUTH_FLOWS),
  preferredChallenge: z.enum(SIGN_IN_METHODS).optional(),
  signIn: z.enum(SIGN_IN_KINDS),
  username: bounded(128).optional(),
  endpoint: bounded(2048).optional(),
  domain: bounded(2048).optional(),
  scopes: z.array(bounded(256)).max(MAX_SCOPES).optional(),
  redirectUri: bounded(2048).optional(),
  identityProvider: bounded(128).optional(),
  identityPoolId: bounded(64).optional(),
  roleArn: bounded(2048).optional(),
  label: bounded(64).optional(),
  colour: bounded(7).optional(),
  refreshAheadSeconds: z.int().min(0).max(86_400),
  rememberPassword: z.boolean(),
  refreshRotation: z.boolean(),
});
/** A profile as the window sees it. */
export type ProfileView = z.output<typeof ProfileViewSchema>;

/** A profile's identity pool as the window sees it: ids and an expiry, never a credential. */
export const AwsCredentialsViewSchema = z.strictObject({
  identityPoolId: bounded(64),
  /** The user's identity in the pool, once one was asked for. */
  identityId: bounded(128).optional(),
  /** When the cached credentials expire (local time), when there are some. */
  expiresAt: epochMs.optional(),
});
/** The identity pool part of the token view. */
export type AwsCredentialsView = z.output<typeof AwsCredentialsViewSchema>;

/** Every profile, which one is active, and which was used last (a copy or a sign-in). */
export const ProfileListSchema = z.strictObject({
  profiles: z.array(ProfileViewSchema).max(10_000),
  activeId: bounded(100).nullable(),
  lastUsedId: bounded(100).nullable(),
});

const field = z.strictObject({
  name: bounded(128),
  label: bounded(128),
  kind: z.enum(['new-password', 'code', 'choice', 'attribute']),
  required: z.boolean(),
  options: z.array(bounded(64)).max(10).optional(),
});

/** Where a sign-in stands: signed in (with the expiry), or a challenge to answer. */
export const SignInStepSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('signed-in'),
    expiresAt: epochMs,
    /** The pool lets the user choose, and the settings say ask: offer to remember this computer. */
    askRememberDevice: z.literal(true).optional(),
  }),
  z.strictObject({
    type: z.literal('challenge'),
    challenge: z.enum(CHALLENGE_NAMES),
    prompt: bounded(500),
    fields: z.array(field).max(50),
    destination: bounded(256).optional(),
    /** MFA_SETUP: the otpauth URI the user adds to an authenticator (shown as a QR code). */
    otpauthUri: bounded(2048).optional(),
  }),
]);
/** A sign-in step as the window sees it. */
export type SignInStepView = z.output<typeof SignInStepSchema>;

const claimList = z.array(bounded(256)).max(200);

/** One claim as it is shown: its name, its value as text (JSON unless a string), a time's local ms. */
export const ClaimSchema = z.strictObject({
  name: bounded(256),
  value: bounded(4096),
  /** A time claim (exp, iat, auth_time, nbf) in epoch ms, local time (clock drift applied). */
  at: epochMs.optional(),
});
/** One claim as the window sees it. */
export type Claim = z.output<typeof ClaimSchema>;

/** One token's decoded claims, with a masked preview (first 8 and last 4 characters). */
export const TokenSummarySchema = z.strictObject({
  preview: bounded(16),
  tokenUse: bounded(16).optional(),
  sub: bounded(256).optional(),
  username: bounded(256).optional(),
  email: bounded(320).optional(),
  groups: claimList,
  scopes: claimList,
  clientId: bounded(256).optional(),
  issuer: bounded(512).optional(),
  authTime: epochMs.optional(),
  issuedAt: epochMs.optional(),
  expiresAt: epochMs.optional(),
  /** Every claim of the payload, in the token's order (custom:… ones included). */
  claims: z.array(ClaimSchema).max(200),
  /** The decoded header and payload as indented JSON (no signature: nothing that could be replayed). */
  header: bounded(4096),
  payload: bounded(32_768),
});
/** One token's claims as the window sees them. */
export type TokenSummary = z.output<typeof TokenSummarySchema>;

/** The token view of a signed-in profile. */
export const TokenViewSchema = z.strictObject({
  profileId: bounded(100),
  /** When the tokens expire, in local time (clock drift applied). */
  expiresAt: epochMs,
  /** Absent for app client credentials (M2M): they give only an access token. */
  id: TokenSummarySchema.optional(),
  access: TokenSummarySchema,
  /** Whether a refresh token is held (M2M has none: a new access token is fetched instead). */
  hasRefreshToken: z.boolean(),
});
/** The token view. */
export type TokenView = z.output<typeof TokenViewSchema>;

/** One profile of a file to import, beside the stored profile of the same name (if any). */
export const ImportPreviewItemSchema = z.strictObject({
  name: bounded(64),
  status: z.enum(['new', 'identical', 'conflict']),
  /** Where the profile points (pool, client, user), and for a conflict what differs. */
  detail: bounded(500),
});
/** One row of an import preview. */
export type ImportPreviewItem = z.output<typeof ImportPreviewItemSchema>;

/** The keychain's state: usable, or why secrets are kept in memory only. */
export const KeychainStateSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), reason: bounded(64), message: bounded(500) }),
]);
/** The keychain's state as the window sees it. */
export type KeychainState = z.output<typeof KeychainStateSchema>;

/** A profile file was corrupt and set aside: where the backup is, and why. */
export const RecoveryNoticeSchema = z.strictObject({
  reason: bounded(500),
  backupPath: bounded(4096),
});

/** What the window shows in its banners. */
export const NoticesSchema = z.strictObject({
  keychain: KeychainStateSchema,
  recovery: RecoveryNoticeSchema.optional(),
  /** Why the global shortcut could not be registered (the app only). */
  shortcut: bounded(500).optional(),
  /** The desktop shows no tray icons, so closing the window quits (the app only, Linux). */
  tray: bounded(500).optional(),
  /** Copies cannot be checked on this Wayland desktop (the app only, Linux). */
  clipboard: bounded(500).optional(),
});
/** The banners' facts. */
export type Notices = z.output<typeof NoticesSchema>;

/** One doctor check as the window shows it. */
export const DoctorCheckSchema = z.strictObject({
  id: bounded(64),
  title: bounded(128),
  status: z.enum(['pass', 'fail', 'info', 'skip']),
  sentence: bounded(1000),
  fix: bounded(500).optional(),
});

/** The doctor's report of one profile. */
export const DoctorReportSchema = z.strictObject({
  profile: bounded(64),
  checks: z.array(DoctorCheckSchema).max(50),
  ok: z.boolean(),
});
/** The doctor's report. */
export type DoctorReportView = z.output<typeof DoctorReportSchema>;

/** Where main asks the window to go (the tray's "Sign in…", "More…", "Settings…"). */
export const NavigateSchema = z.discriminatedUnion('to', [
  z.strictObject({ to: z.enum(['home', 'list', 'settings']) }),
  z.strictObject({ to: z.enum(['profile', 'sign-in']), profileId: bounded(100) }),
]);
/** A navigation request. */
export type Navigate = z.output<typeof NavigateSchema>;

// The IPC contract: every channel between the renderer and main, as zod schemas.
// One source for the runtime checks (main, preview host) and the TypeScript types (preload,
// renderer). Pure: no Node, no DOM, no Electron. To add an operation, add one entry to
// `channels`; the preload, the preview host and window.tokenManager pick it up from here.
import { z } from 'zod';
import { AUTH_ERROR_CODES } from './auth';
import { PROFILE_ERROR_CODES, VAULT_ERROR_CODES } from './error-codes';
import { SessionRowSchema } from './session';
import { AppSettingsPatchSchema, AppSettingsSchema } from './settings';
import { requests } from './contract-requests';
import {
  bounded,
  DoctorReportSchema,
  ImportPreviewItemSchema,
  KeychainStateSchema,
  NavigateSchema,
  NoticesSchema,
  ProfileListSchema,
  ProfileViewSchema,
  SignInStepSchema,
  TokenViewSchema,
  AwsCredentialsViewSchema,
} from './contract-views';

/** Every channel and event name starts with this, so a sender check can refuse the rest. */
export const CHANNEL_PREFIX = 'ctm:';

/** The shape of one request/response operation. */
export interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}

/** Facts about the running app, for the about line and bug reports. */
export const appInfoSchema = z.strictObject({
  name: z.string().min(1),
  version: z.string().min(1),
  platform: z.string().min(1),
});

const done = z.strictObject({});
const names = z.array(bounded(64)).max(10_000);

/** Renderer → main operations: `window.tokenManager.<camelCaseName>(request)`. */
export const channels = {
  'ctm:app-info': { request: requests.empty, response: appInfoSchema },
  'ctm:list-profiles': { request: requests.empty, response: ProfileListSchema },
  'ctm:add-profile': {
    request: requests.addProfile,
    response: z.strictObject({ profile: ProfileViewSchema }),
  },
  'ctm:edit-profile': {
    request: requests.editProfile,
    // notRevoked: the edit dropped the tokens, but Cognito did not confirm revoking them.
    response: z.strictObject({ profile: ProfileViewSchema, notRevoked: bounded(700).optional() }),
  },
  'ctm:remove-profile': {
    request: requests.profileId,
    // notRemoved: why some keychain items stayed (a later start sweeps them).
    // device: what became of a remembered device (forgotten at Cognito, or only here).
    // notRevoked: Cognito did not confirm revoking the refresh token (it stays valid till expiry).
    response: z.strictObject({
      name: bounded(64),
      notRemoved: bounded(500).optional(),
      device: bounded(500).optional(),
      notRevoked: bounded(700).optional(),
    }),
  },
  // What an import would do, changing nothing: each profile of the file is new, identical to
  // the stored one of its name, or in conflict with it (the window then asks what to do).
  'ctm:preview-import': {
    request: requests.previewImport,
    response: z.strictObject({
      source: bounded(32),
      items: z.array(ImportPreviewItemSchema).max(10_000),
      notes: z.array(bounded(500)).max(20),
    }),
  },
  'ctm:import-profiles': {
    request: requests.importProfiles,
    response: z.strictObject({
      source: bounded(32),
      added: names,
      replaced: names,
      skipped: z.array(z.strictObject({ name: bounded(64), reason: bounded(500) })).max(10_000),
      /** What the person importing should know, such as a redirect URI to register. */
      notes: z.array(bounded(500)).max(20),
    }),
  },
  // Main writes the file (into the Downloads folder) and says where, so the window can too.
  'ctm:export-profiles': {
    request: requests.exportProfiles,
    response: z.strictObject({ path: bounded(4096), count: z.number().int().nonnegative() }),
  },
  'ctm:set-active-profile': {
    request: requests.profileId,
    response: z.strictObject({ profile: ProfileViewSchema }),
  },
  'ctm:session-rows': {
    request: requests.empty,
    response: z.strictObject({ rows: z.array(SessionRowSchema).max(10_000) }),
  },
  'ctm:has-remembered-password': {
    request: requests.profileId,
    response: z.strictObject({ remembered: z.boolean() }),
  },
  'ctm:sign-in': { request: requests.signIn, response: SignInStepSchema },
  'ctm:respond-to-challenge': { request: requests.respond, response: SignInStepSchema },
  'ctm:cancel-sign-in': { request: requests.profileId, response: done },
  // Browser profiles: start answers once the redirect listener is up, with the managed-login
  // page's address (no secret in it) and whether the system browser opened; wait answers when
  // the browser came back signed in, or with the sentence of what ended it.
  'ctm:start-browser-sign-in': {
    request: requests.profileId,
    response: z.strictObject({ url: bounded(8192), opened: z.boolean() }),
  },
  'ctm:wait-browser-sign-in': { request: requests.profileId, response: done },
  'ctm:copy-sign-in-link': { request: requests.profileId, response: done },
  // After a sign-in that asked: remember this computer as the user's device (skips MFA).
  'ctm:remember-device': { request: requests.profileId, response: done },
  'ctm:forgot-password': {
    request: requests.profileId,
    response: z.strictObject({
      destination: bounded(256).optional(),
      medium: bounded(32).optional(),
    }),
  },
  'ctm:confirm-forgot-password': { request: requests.confirmForgot, response: done },
  'ctm:change-password': { request: requests.changePassword, response: done },
  'ctm:refresh-now': {
    request: requests.profileId,
    response: z.strictObject({ expiresAt: z.number().int().nonnegative() }),
  },
  'ctm:sign-out': {
    request: requests.signOut,
    // Each one sentence: why Cognito did not confirm it, why the keychain kept the tokens.
    response: z.strictObject({
      unconfirmed: bounded(500).optional(),
      notRemoved: bounded(500).optional(),
      device: bounded(500).optional(),
    }),
  },
  'ctm:token-view': { request: requests.profileId, response: TokenViewSchema },
  'ctm:copy-token': {
    request: requests.copy,
    response: z.strictObject({ clearsInSeconds: z.number().int().positive().nullable() }),
  },
  // The authenticator set-up key of a sign-in waiting on MFA_SETUP, through the secret clipboard.
  'ctm:copy-setup-key': {
    request: requests.profileId,
    response: z.strictObject({ clearsInSeconds: z.number().int().positive().nullable() }),
  },
  // An identity pool's AWS credentials: the window sees the identity id and when the cached set
  // expires; the copy happens in main, so the secret key and session token never cross.
  'ctm:aws-credentials-view': { request: requests.profileId, response: AwsCredentialsViewSchema },
  'ctm:copy-aws-credentials': {
    request: requests.profileId,
    response: z.strictObject({
      clearsInSeconds: z.number().int().positive().nullable(),
      expiresAt: z.number().int().nonnegative(),
    }),
  },
  'ctm:get-settings': { request: requests.empty, response: AppSettingsSchema },
  'ctm:change-settings': { request: AppSettingsPatchSchema, response: AppSettingsSchema },
  'ctm:notices': { request: requests.empty, response: NoticesSchema },
  // The doctor: probes with a made-up user, never a password.
  'ctm:check-profile': { request: requests.profileId, response: DoctorReportSchema },
} as const satisfies Record<`${typeof CHANNEL_PREFIX}${string}`, ChannelSpec>;

/** Main → renderer pushes: `window.tokenManager.on<CamelCaseName>(listener)`. */
export const events = {
  // One profile's row, its expiry in local time: the window patches that row.
  'ctm:session-changed': SessionRowSchema,
  // Profiles were added, changed, removed or imported, or another became active: re-read them.
  'ctm:profiles-changed': z.strictObject({}),
  'ctm:keychain-changed': KeychainStateSchema,
  'ctm:settings-changed': AppSettingsSchema,
  // The tray (or a second launch) asks the window to show a screen.
  'ctm:navigate': NavigateSchema,
} as const satisfies Record<`${typeof CHANNEL_PREFIX}${string}`, z.ZodType>;

/** Failures that belong to the bridge itself rather than to an operation. */
export const IPC_ERROR_CODES = [
  'invalid-request',
  'unknown-channel',
  'forbidden-sender',
  'internal',
  'bridge-failed',
] as const;

/** What went wrong: a stable code and one sentence a user can read (never a stack). */
export const ipcErrorSchema = z.strictObject({
  code: z.enum([
    ...IPC_ERROR_CODES,
    ...AUTH_ERROR_CODES,
    ...PROFILE_ERROR_CODES,
    ...VAULT_ERROR_CODES,
  ]),
  message: z.string().min(1),
  /** One sentence per bad field, when a submitted profile or import file was refused. */
  details: z.array(z.string()).optional(),
});

/** The envelope every operation answers with: errors travel as values, not exceptions. */
export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
}

/** A channel name. */
export type Channel = keyof typeof channels;
/** An event name. */
export type EventName = keyof typeof events;
/** What the renderer may send on a channel (before parsing). */
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
/** What a handler receives on a channel (after parsing). */
export type ParsedRequestOf<C extends Channel> = z.output<(typeof channels)[C]['request']>;
/** What a channel answers with when it succeeds. */
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;
/** What an event carries. */
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]>;
/** An error as it crosses the bridge. */
export type IpcError = z.output<typeof ipcErrorSchema>;
/** The stable codes an IpcError can carry. */
export type IpcErrorCode = IpcError['code'];
/** Success with a value, or an IpcError. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
/** Stops a subscription; calling it twice is harmless. */
export type Unsubscribe = () => void;

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
type Bare<N extends string> = N extends `${typeof CHANNEL_PREFIX}${infer Rest}` ? Rest : never;
/** The method name of an operation: 'ctm:app-info' → 'appInfo'. */
export type OperationName<C extends Channel> = CamelCase<Bare<C>>;
/** The method name of a subscription: 'ctm:session-changed' → 'onSessionChanged'. */
export type SubscriptionName<E extends EventName> = `on${Capitalize<CamelCase<Bare<E>>>}`;

// An operation whose request schema has no fields at all may be called with no argument.
type Operation<C extends Channel> =
  (typeof channels)[C]['request'] extends z.ZodObject<infer Shape>
    ? [keyof Shape] extends [never]
      ? (request?: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
      : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;

/** window.tokenManager: one function per operation and one subscribe function per event. */
export type TokenManagerApi = {
  readonly [C in Channel as OperationName<C>]: Operation<C>;
} & {
  readonly [E in EventName as SubscriptionName<E>]: (
    listener: (payload: EventPayloadOf<E>) => void,
  ) => Unsubscribe;
};

function camelCase(name: string): string {
  return name
    .slice(CHANNEL_PREFIX.length)
    .replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** Runtime twin of OperationName. */
export function operationName(channel: Channel): string {
  return camelCase(channel);
}

/** Runtime twin of SubscriptionName. */
export function subscriptionName(event: EventName): string {
  const bare = camelCase(event);
  return `on${bare.charAt(0).toUpperCase()}${bare.slice(1)}`;
}

/** True when a string names a contract channel (an own key, so never 'constructor' and the like). */
export function isChannel(name: string): name is Channel {
  return Object.hasOwn(channels, name);
}

/** Every channel name, in declaration order. */
export const channelNames = Object.keys(channels) as Channel[];
/** Every event name, in declaration order. */
export const eventNames = Object.keys(events) as EventName[];

/** How a bridge reaches main: the preload uses ipcRenderer, the preview host uses HTTP. */
export interface BridgeTransport {
  invoke(channel: Channel, request: unknown): Promise<IpcResult<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): Unsubscribe;
}

/** The answer a bridge gives when main could not be reached at all. */
export const bridgeFailure: IpcResult<never> = {
  ok: false,
  error: { code: 'bridge-failed', message: 'The app did not answer. Try again, or restart it.' },
};

/** Builds window.tokenManager from the channel map over any transport. */
export function buildTokenManagerApi(transport: BridgeTransport): TokenManagerApi {
  const api: Record<string, unknown> = {};
  for (const channel of channelNames) {
    api[operationName(channel)] = (request?: unknown) =>
      transport.invoke(channel, request ?? {}).catch(() => bridgeFailure);
  }
  for (const event of eventNames) {
    api[subscriptionName(event)] = (listener: unknown) => {
      // The renderer is untrusted: refuse anything that is not a function up front.
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
      return transport.subscribe(event, listener as (payload: unknown) => void);
    };
  }
  // The loops above fill exactly the keys TokenManagerApi names (a unit test checks it).
  return Object.freeze(api) as TokenManagerApi;
}

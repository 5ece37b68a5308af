// Turns keytar's raw rejections into a reason and a sentence a user can act on.
// keytar exposes only the message text (libsecret strips the D-Bus error name), so we match on
// the English messages seen against gnome-keyring; anything unrecognised is 'broken'.
import type { SecretKind, VaultFailureReason } from './types';
import { VaultError } from '../../shared/errors';

// Order matters: "org.freedesktop.secrets was not provided" must win over the generic bus rules.
const REASON_PATTERNS: readonly (readonly [RegExp, VaultFailureReason])[] = [
  [
    /org\.freedesktop\.secrets|ServiceUnknown|\.service files|not activatable/i,
    'no-secret-service',
  ],
  [/locked|Object does not exist at path|No such object|interaction is not allowed/i, 'locked'],
  [
    /autolaunch|\$DISPLAY|dbus-launch|Could not connect|Failed to connect|Connection refused|DBUS_SESSION_BUS_ADDRESS/i,
    'no-session-bus',
  ],
];

const CAUSE_AND_FIX: Record<VaultFailureReason, readonly [cause: string, fix: string]> = {
  'no-session-bus': [
    'no D-Bus session is running, so the keychain cannot be reached',
    'sign in to a desktop session or run the command under `dbus-run-session`, with a Secret Service such as gnome-keyring or KWallet running, then try again',
  ],
  'no-secret-service': [
    'no Secret Service such as gnome-keyring or KWallet is running',
    'install and start one (for example the gnome-keyring package), then try again',
  ],
  locked: [
    'the keyring is locked',
    'unlock your login keyring (for example in Seahorse, or by signing in to the desktop again), then try again',
  ],
  broken: [
    'the keychain did not store and return a test item',
    'check that your Secret Service such as gnome-keyring or KWallet is working, then try again',
  ],
  'keytar-missing': [
    'the keychain module (keytar) could not be loaded',
    'reinstall the app, or rebuild keytar for this Node or Electron version',
  ],
};

const KIND_LABELS: Record<SecretKind, string> = {
  'refresh-token': 'refresh token',
  'client-secret': 'client secret',
  'id-token': 'ID token',
  'access-token': 'access token',
  password: 'password',
  'device-key': 'device key',
  'device-group-key': 'device group key',
  'device-password': 'device password',
  'aws-access-key-id': 'AWS access key id',
  'aws-secret-access-key': 'AWS secret access key',
  'aws-session-token': 'AWS session token',
  'aws-expiration': 'AWS credentials expiry',
};

/** Human words for a kind, e.g. 'refresh token'. */
export function kindLabel(kind: SecretKind): string {
  return KIND_LABELS[kind];
}

/** The text of a thrown value, for matching and the log (keytar's messages hold no secrets). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

/** Which reason a raw keytar rejection means. */
export function classifyKeychainError(error: unknown): VaultFailureReason {
  const text = errorText(error);
  const match = REASON_PATTERNS.find(([pattern]) => pattern.test(text));
  return match ? match[1] : 'broken';
}

/** The probe's sentence: why nothing is remembered this session and how to fix it. */
export function probeFailureMessage(reason: VaultFailureReason): string {
  const [cause, fix] = CAUSE_AND_FIX[reason];
  return `Secrets will not be remembered after this session because ${cause}; ${fix}.`;
}

/** A VaultError for a keychain that answered "absent" but, checked again, cannot be used. */
export function unreachableError(
  action: 'read' | 'deleted',
  kind: SecretKind,
  reason: VaultFailureReason,
): VaultError {
  const [because, fix] = CAUSE_AND_FIX[reason];
  return new VaultError(
    reason,
    `The ${kindLabel(kind)} was not ${action} because ${because}; ${fix}.`,
  );
}

/** A VaultError for a failed keychain call, e.g. "The refresh token was not saved because …". */
export function keychainError(
  action: 'read' | 'saved' | 'deleted',
  kind: SecretKind,
  cause: unknown,
): VaultError {
  const reason = classifyKeychainError(cause);
  const [because, fix] = CAUSE_AND_FIX[reason];
  const message = `The ${kindLabel(kind)} was not ${action} because ${because}; ${fix}.`;
  return new VaultError(reason, message, { cause });
}

// The app's settings: one zod schema for the store, the bridge, the window and the tray. Stored
// under the store's `settings` object, beside keys other owners keep there.
import { z } from 'zod';

/**
 * Pools where users opt in to remembering devices: remember this computer after a sign-in
 * ('always'), ask once the sign-in is done ('ask'), or never.
 */
export const REMEMBER_DEVICE_CHOICES = ['ask', 'always', 'never'] as const;

/** How long a copied token stays on the clipboard; null: it is never cleared. */
export const CLIPBOARD_CLEAR_CHOICES = [null, 10, 20, 30, 60, 120] as const;

/** Every app setting (no defaults here: a patch must carry only the keys it sends). */
const settingFields = {
  /** Seconds before a copied token is cleared (only if the clipboard still holds it). */
  clipboardClearSeconds: z.union([
    z.null(),
    ...CLIPBOARD_CLEAR_CHOICES.filter((c) => c !== null).map((c) => z.literal(c)),
  ]),
  /** Default seconds before expiry at which tokens are refreshed (a profile may override it). */
  refreshAheadSeconds: z.int().min(30).max(3600),
  /** Start the app when the user logs in. */
  launchAtLogin: z.boolean(),
  /** Start with the window hidden, in the tray only. */
  startHidden: z.boolean(),
  /** Closing the window hides it to the tray instead of quitting. */
  closeToTray: z.boolean(),
  /** Show a notification after each copy ("ID token for dev copied, clears in 30 s"). */
  notifyOnCopy: z.boolean(),
  /** Electron accelerator that copies the active profile's ID token; null: off. */
  globalShortcut: z.string().min(1).max(64).nullable(),
  /** On screen lock or suspend, drop access and ID tokens (the refresh token stays). */
  wipeOnLock: z.boolean(),
  /** macOS: show the active profile's expiry as the tray title. */
  trayTitle: z.boolean(),
  /** Opt-in pools: whether a sign-in remembers this computer (later sign-ins skip MFA). */
  rememberDevices: z.enum(REMEMBER_DEVICE_CHOICES),
};

/** The whole settings object. */
export const AppSettingsSchema = z.strictObject(settingFields);

/** The settings, every key present. */
export type AppSettings = z.output<typeof AppSettingsSchema>;

/** A change to some settings: only the keys sent. */
export const AppSettingsPatchSchema = AppSettingsSchema.partial();
/** A change to some settings, as sent. */
export type AppSettingsPatch = z.input<typeof AppSettingsPatchSchema>;

/** The defaults. */
export const DEFAULT_SETTINGS: AppSettings = {
  clipboardClearSeconds: 30,
  refreshAheadSeconds: 300,
  launchAtLogin: false,
  startHidden: false,
  closeToTray: true,
  notifyOnCopy: true,
  globalShortcut: null,
  wipeOnLock: false,
  trayTitle: false,
  rememberDevices: 'ask',
};

/**
 * Reads the settings out of the store's settings object: a key that is missing or invalid
 * (a hand edit, an older version) takes its default, and the others are kept.
 */
export function readAppSettings(stored: Readonly<Record<string, unknown>>): AppSettings {
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(settingFields) as (keyof AppSettings)[]) {
    if (!Object.hasOwn(stored, key)) continue;
    const parsed = settingFields[key].safeParse(stored[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return AppSettingsSchema.parse(result);
}

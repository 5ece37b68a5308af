// The app's settings in the shared store file: one versioned record under the settings object's
// `app` key, read through the zod schema so a hand edit or an older version falls back key by key.
import {
  AppSettingsPatchSchema,
  readAppSettings,
  type AppSettings,
  type AppSettingsPatch,
} from '../../shared/settings';
import { isRecord } from '../../shared/records';

/** The settings object's key that holds the app's record. */
export const APP_SETTINGS_KEY = 'app';
/** The record's current version. */
export const APP_SETTINGS_VERSION = 1;

/** Where the record lives: the store's settings object (the TokenManager gives access to it). */
export interface SettingsAccess {
  storedSettings(): Readonly<Record<string, unknown>>;
  updateStoredSettings(patch: Readonly<Record<string, unknown>>): void;
}

/** The stored record: a version and the values. */
export interface AppSettingsRecord {
  version: number;
  values: AppSettings;
}

/**
 * Brings a stored value up to the current record. Version 0 (no `version`) kept the values at
 * the record's top level; anything unreadable gives the defaults.
 */
export function migrateAppSettings(stored: unknown): AppSettingsRecord {
  if (!isRecord(stored)) return { version: APP_SETTINGS_VERSION, values: readAppSettings({}) };
  const values = stored.version === undefined ? stored : stored.values;
  return {
    version: APP_SETTINGS_VERSION,
    values: readAppSettings(isRecord(values) ? values : {}),
  };
}

/** The settings, every key present. */
export function loadAppSettings(access: SettingsAccess): AppSettings {
  return migrateAppSettings(access.storedSettings()[APP_SETTINGS_KEY]).values;
}

/** Validates and stores a change; returns the settings after it. */
export function saveAppSettings(access: SettingsAccess, patch: AppSettingsPatch): AppSettings {
  const change = AppSettingsPatchSchema.parse(patch);
  const values = { ...loadAppSettings(access), ...change };
  access.updateStoredSettings({
    [APP_SETTINGS_KEY]: { version: APP_SETTINGS_VERSION, values },
  });
  return values;
}

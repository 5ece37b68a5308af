import { describe, expect, it } from 'vitest';
import {
  AppSettingsPatchSchema,
  DEFAULT_SETTINGS,
  readAppSettings,
} from '../../src/shared/settings';

describe('app settings', () => {
  it('defaults to clearing the clipboard after 30 s and closing to the tray', () => {
    expect(DEFAULT_SETTINGS.clipboardClearSeconds).toBe(30);
    expect(DEFAULT_SETTINGS.closeToTray).toBe(true);
    expect(DEFAULT_SETTINGS.globalShortcut).toBeNull();
    expect(DEFAULT_SETTINGS.wipeOnLock).toBe(false);
  });

  it('keeps valid stored values and gives an invalid one its default, losing nothing else', () => {
    const read = readAppSettings({ clipboardClearSeconds: 60, closeToTray: 'yes', other: 1 });
    expect(read.clipboardClearSeconds).toBe(60);
    expect(read.closeToTray).toBe(true);
    expect(read).not.toHaveProperty('other');
  });

  it('accepts only the offered clipboard choices, and never as the default', () => {
    expect(AppSettingsPatchSchema.safeParse({ clipboardClearSeconds: null }).success).toBe(true);
    expect(AppSettingsPatchSchema.safeParse({ clipboardClearSeconds: 45 }).success).toBe(false);
    expect(AppSettingsPatchSchema.safeParse({ bogus: true }).success).toBe(false);
  });
});

describe('a settings patch', () => {
  it('carries only the keys sent, so saving one setting never resets the others', () => {
    expect(AppSettingsPatchSchema.parse({ startHidden: true })).toEqual({ startHidden: true });
  });
});

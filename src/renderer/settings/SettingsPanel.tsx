// The app's settings: each change is saved at once through main and echoed to every window.
import type { AppSettings, AppSettingsPatch } from '../../shared/settings';
import { CLIPBOARD_CLEAR_CHOICES, REMEMBER_DEVICE_CHOICES } from '../../shared/settings';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { escapeCancels } from '../ui/form-keys';
import { Field } from '../ui/Field';

const TOGGLES: [keyof AppSettings, string][] = [
  ['launchAtLogin', 'Launch at login'],
  ['startHidden', 'Start hidden in the tray'],
  ['closeToTray', 'Closing the window keeps the app in the tray'],
  ['notifyOnCopy', 'Show a notification after a copy from the tray'],
  ['wipeOnLock', 'On screen lock or suspend, forget ID and access tokens (sign-ins stay)'],
];

/**
 * The settings screen; `desktop` says what this desktop does not allow: the global shortcut
 * failed to register, no tray icon is shown, copies cannot be checked.
 */
export function SettingsPanel({
  settings,
  desktop,
  onClose,
}: {
  settings: AppSettings;
  desktop: {
    shortcut?: string | undefined;
    tray?: string | undefined;
    clipboard?: string | undefined;
  };
  onClose: () => void;
}) {
  const action = useAction();
  const save = (patch: AppSettingsPatch) => {
    void action.run(() => call((api) => api.changeSettings(patch)));
  };
  return (
    // Escape leaves, like Done: every change is saved as it is made (the blur saves a typed one).
    <section
      className="panel"
      aria-labelledby="settings-title"
      onKeyDown={escapeCancels(() => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        onClose();
      })}
    >
      <h2 id="settings-title">Settings</h2>
      <div className="field">
        <label htmlFor="clipboard-clear">Clear a copied token after</label>
        <select
          id="clipboard-clear"
          value={String(settings.clipboardClearSeconds)}
          onChange={(e) => {
            save({
              clipboardClearSeconds:
                e.target.value === 'null' ? null : (Number(e.target.value) as 30),
            });
          }}
        >
          {CLIPBOARD_CLEAR_CHOICES.map((choice) => (
            <option key={String(choice)} value={String(choice)}>
              {choice === null ? 'Never' : `${choice} seconds${choice === 30 ? ' (default)' : ''}`}
            </option>
          ))}
        </select>
        {desktop.clipboard ? (
          <p className="hint" id="clipboard-notice">
            {desktop.clipboard}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="refresh-ahead">
          New profiles refresh their tokens this many seconds before expiry
        </label>
        <input
          id="refresh-ahead"
          type="number"
          min={30}
          max={3600}
          defaultValue={settings.refreshAheadSeconds}
          onBlur={(e) => {
            const value = Number(e.target.value);
            if (value !== settings.refreshAheadSeconds) save({ refreshAheadSeconds: value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="remember-devices">
          Where a user pool lets users choose, remember this computer (later sign-ins skip MFA)
        </label>
        <select
          id="remember-devices"
          value={settings.rememberDevices}
          onChange={(e) => {
            const choice = REMEMBER_DEVICE_CHOICES.find((c) => c === e.target.value);
            if (choice) save({ rememberDevices: choice });
          }}
        >
          <option value="ask">Ask after signing in (default)</option>
          <option value="always">Always</option>
          <option value="never">Never</option>
        </select>
      </div>
      {TOGGLES.map(([key, label]) => (
        <div className="field checkbox" key={key}>
          <input
            id={`setting-${key}`}
            type="checkbox"
            checked={settings[key] === true}
            onChange={(e) => {
              save({ [key]: e.target.checked });
            }}
          />
          <label htmlFor={`setting-${key}`}>{label}</label>
        </div>
      ))}
      {desktop.tray ? (
        <p className="hint" role="note">
          {desktop.tray}
        </p>
      ) : null}
      <Field
        label="Global shortcut that copies the active profile's ID token"
        defaultValue={settings.globalShortcut ?? ''}
        placeholder="Off (for example CommandOrControl+Shift+I)"
        hint="Leave empty to turn it off."
        error={desktop.shortcut}
        onBlur={(e) => {
          const value = e.target.value.trim() === '' ? null : e.target.value.trim();
          if (value !== settings.globalShortcut) save({ globalShortcut: value });
        }}
      />
      <ErrorLine error={action.error} />
      <div className="button-row form-actions">
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
    </section>
  );
}

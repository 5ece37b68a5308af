// Where the profile file lives: one folder shared by the app and the CLI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PRODUCT_NAME } from '../../shared/product';

/** The folder name inside the platform's app-data folder; Electron's userData uses the same. */
export const APP_FOLDER_NAME = PRODUCT_NAME;

/** Environment variable that replaces the whole folder (tests, portable setups). */
export const HOME_ENV_VAR = 'COGNITO_TOKEN_MANAGER_HOME';

/** What the folder depends on; injectable so every platform's rule can be tested anywhere. */
export interface DataDirContext {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homedir: string;
}

/** The data folder: $COGNITO_TOKEN_MANAGER_HOME, else the platform's app-data folder + APP_FOLDER_NAME. */
export function resolveDataDir(
  context: DataDirContext = { env: process.env, platform: process.platform, homedir: os.homedir() },
): string {
  const { env, platform, homedir } = context;
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const override = env[HOME_ENV_VAR]?.trim();
  if (override) return paths.resolve(override);
  if (platform === 'win32') {
    return paths.join(env.APPDATA || paths.join(homedir, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') {
    return paths.join(homedir, 'Library', 'Application Support', APP_FOLDER_NAME);
  }
  // XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && paths.isAbsolute(xdg) ? xdg : paths.join(homedir, '.config');
  return paths.join(base, APP_FOLDER_NAME);
}

/**
 * Creates the data folder (and any missing parents) readable by its owner only: it holds the
 * profile file, the secret index, locks and logs. A folder that already exists is left as it is.
 */
export function ensureDataDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** The folder Electron's userData must use, or undefined when the default data folder is used. */
export function userDataOverride(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (!env[HOME_ENV_VAR]?.trim()) return undefined;
  return resolveDataDir({ env, platform, homedir: os.homedir() });
}

// Tests (and people running two setups) point the app at another user-data folder. It must run
// before the single-instance lock and before ready, since both read the folder.
import { app } from 'electron';

/** Environment variable naming a user-data folder to use instead of the default. */
export const USER_DATA_ENV = 'CTM_USER_DATA_DIR';

/** Applies CTM_USER_DATA_DIR when set. */
export function setupUserData(env: NodeJS.ProcessEnv = process.env): void {
  const folder = env[USER_DATA_ENV];
  if (folder) app.setPath('userData', folder);
}

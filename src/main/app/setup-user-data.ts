// One variable, COGNITO_TOKEN_MANAGER_HOME, moves everything the app keeps: the profile store,
// logs and locks (resolveDataDir) and Electron's own user data (this), so tests and people
// running two setups never touch the default folder. It must run before the single-instance
// lock and before ready, since both read the folder.
import { app } from 'electron';
import { userDataOverride } from '../profiles/data-dir';

/** Points Electron's userData at the data folder when COGNITO_TOKEN_MANAGER_HOME is set. */
export function setupUserData(env: NodeJS.ProcessEnv = process.env): void {
  const folder = userDataOverride(env);
  if (folder) app.setPath('userData', folder);
}

// Finds the Electron binary the way electron-vite does (ELECTRON_EXEC_PATH, else what path.txt
// names under node_modules/electron/dist), without loading electron's index.js: with no binary
// present that starts a download. The e2e global setup tries that download once first
// (scripts/ensure-electron.mjs) and leaves its one-sentence outcome for the skip message.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './repo';

/** The binary's path, or why there is none. */
export type ElectronBinary =
  { path: string; reason?: undefined } | { path?: undefined; reason: string };

/** Where global setup writes what the download step said when it could not install the binary. */
export const ENSURE_OUTCOME_FILE = join(REPO_ROOT, '.tmp', 'electron-ensure.txt');

function downloadOutcome(): string {
  if (!existsSync(ENSURE_OUTCOME_FILE)) return '';
  const said = readFileSync(ENSURE_OUTCOME_FILE, 'utf8').trim();
  return said ? ` ${said}` : '';
}

/** Locates the binary electron-vite would start. */
export function findElectronBinary(): ElectronBinary {
  const execPath = process.env.ELECTRON_EXEC_PATH;
  if (execPath) {
    return existsSync(execPath)
      ? { path: execPath }
      : { reason: `ELECTRON_EXEC_PATH names ${execPath}, which does not exist.` };
  }
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed (npm ci).' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      reason: `no Electron binary: node_modules/electron/path.txt is missing (Electron 42+ installs the binary only through its install-electron bin, which npm start runs).${downloadOutcome()}`,
    };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { reason: `path.txt names ${binary}, which does not exist.` };
  return { path: binary };
}

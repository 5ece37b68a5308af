// Finds the Electron binary the way electron's index.js does, without loading index.js:
// loading it with no binary present starts a download (which cannot succeed here).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The binary's path, or why there is none. */
export type ElectronBinary =
  { path: string; reason?: undefined } | { path?: undefined; reason: string };

// What electron's install script writes to path.txt on each platform.
const DEFAULT_RELATIVE_PATH: Record<string, string> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/** Locates node_modules/electron's binary (honouring ELECTRON_OVERRIDE_DIST_PATH). */
export function findElectronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : (DEFAULT_RELATIVE_PATH[process.platform] ?? 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative) : join(packageDir, 'dist', relative);
  if (!existsSync(binary)) {
    return {
      reason: `no Electron binary at ${binary} (electron downloads it on install; set ELECTRON_OVERRIDE_DIST_PATH to use one elsewhere)`,
    };
  }
  return { path: binary };
}

// Both projects test what electron-vite builds, so build it once before any test runs.
// CTM_E2E_SKIP_BUILD=1 skips this when the caller has just built (e.g. npm test).
// The electron project needs Electron's binary, which Electron 42+ no longer installs with
// `npm ci`: the same step `npm start` runs tries to install it (quietly; offline it fails at
// once), and its one sentence becomes the specs' skip reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ENSURE_OUTCOME_FILE } from './support/electron-binary';

/** Runs `electron-vite build` in the repository root, then the Electron binary step. */
export default function globalSetup(): void {
  const root = join(__dirname, '..');
  if (process.env.CTM_E2E_SKIP_BUILD !== '1') {
    const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    execFileSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  rmSync(ENSURE_OUTCOME_FILE, { force: true });
  const ensure = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'ensure-electron.mjs'), '--quiet'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (ensure.status !== 0) {
    mkdirSync(dirname(ENSURE_OUTCOME_FILE), { recursive: true });
    writeFileSync(ENSURE_OUTCOME_FILE, ensure.stderr.trim());
  }
}

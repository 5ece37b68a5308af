// Both projects test what electron-vite builds, so build it once before any test runs.
// CTM_E2E_SKIP_BUILD=1 skips this when the caller has just built (e.g. npm test).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs `electron-vite build` in the repository root. */
export default function globalSetup(): void {
  if (process.env.CTM_E2E_SKIP_BUILD === '1') return;
  const root = join(__dirname, '..');
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  execFileSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}

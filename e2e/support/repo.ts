// Paths and facts of the checkout under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root. */
export const REPO_ROOT = join(__dirname, '..', '..');

/** package.json's version: what 'ctm:app-info' must report. */
export function packageVersion(): string {
  const raw = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as unknown;
  if (
    typeof raw === 'object' &&
    raw !== null &&
    'version' in raw &&
    typeof raw.version === 'string'
  ) {
    return raw.version;
  }
  throw new Error('package.json has no version.');
}

/** How the renderer names this machine's platform. */
export const PLATFORM_LABEL =
  ({ darwin: 'macOS', win32: 'Windows', linux: 'Linux' } as Record<string, string>)[
    process.platform
  ] ?? process.platform;

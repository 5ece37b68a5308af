// Launches the built app with _electron.launch in a throwaway user-data folder (so it never
// meets a developer's running instance or profiles), and cleans up after.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { collectPageErrors } from './console-errors';
import { REPO_ROOT } from './repo';

/** A running app, its first window and that window's errors. */
export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** Starts the app from out/ with the given binary. */
export async function launchApp(
  executablePath: string,
  extraEnv: Record<string, string> = {},
): Promise<LaunchedApp> {
  const userData = await mkdtemp(join(tmpdir(), 'ctm-e2e-'));
  // Chromium refuses to run as root with its OS sandbox; CI machines here are root.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath,
    args: [...rootArgs, REPO_ROOT],
    cwd: REPO_ROOT,
    env: { ...process.env, ...extraEnv, COGNITO_TOKEN_MANAGER_HOME: userData },
  });
  const page = await app.firstWindow();
  const errors = collectPageErrors(page);
  await page.waitForLoadState('domcontentloaded');
  return {
    app,
    page,
    errors,
    close: async () => {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    },
  };
}

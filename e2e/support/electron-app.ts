// Launches the built app with _electron.launch inside its own environment (electron-env.ts:
// private keyring, display and data folder), so it never meets a developer's running instance,
// keychain, clipboard or profiles, and cleans up after.
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { collectPageProblems } from './console-errors';
import { startElectronEnvironment, type ElectronEnvironment } from './electron-env';
import { sandboxPlan } from './electron-sandbox';
import { REPO_ROOT } from './repo';

/** A running app, its first window, what that window reported as broken, and main's output. */
export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  errors: string[];
  environment: ElectronEnvironment;
  /** Everything main printed so far (stdout and stderr). */
  output(): string;
  close(): Promise<void>;
}

/** Starts the app from out/ with the given binary; extraEnv adds variables (test hooks). */
export async function launchApp(
  executablePath: string,
  extraEnv: Record<string, string> = {},
  options: { tray?: boolean } = {},
): Promise<LaunchedApp> {
  const sandbox = sandboxPlan(executablePath);
  if (sandbox.reason !== undefined) throw new Error(sandbox.reason);
  const environment = await startElectronEnvironment(options);
  const app = await _electron.launch({
    executablePath,
    args: [...sandbox.args, REPO_ROOT],
    cwd: REPO_ROOT,
    env: { ...environment.env, ...extraEnv },
  });
  let output = '';
  const child = app.process();
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const page = await app.firstWindow();
  const errors = await collectPageProblems(page);
  // The listeners came after the first load began: load again under them, so a console error or
  // CSP violation from the very start is caught too.
  await page.reload();
  await page.waitForLoadState('domcontentloaded');
  return {
    app,
    page,
    errors,
    environment,
    output: () => output,
    close: async () => {
      await app.close().catch(() => undefined);
      await environment.stop();
    },
  };
}

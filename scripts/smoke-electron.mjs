// `npm run smoke:electron`: for anyone with an Electron binary, one command that builds the app,
// starts it as Electron (in a throwaway environment: its own data folder, keyring and, on Linux,
// display; e2e/support/electron-env.ts), waits for the window and the tray, prints what it saw
// and exits 0, or 1 with the reason. The binary step (scripts/ensure-electron.mjs) runs first as
// this script's pre-script and stops here, with its sentence, where there is no binary.
import { execFileSync } from 'node:child_process';
import console from 'node:console';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { _electron } from '@playwright/test';
import { createJiti } from 'jiti';

const root = resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url);
const { findElectronBinary } = await jiti.import(join(root, 'e2e/support/electron-binary.ts'));
const { sandboxPlan } = await jiti.import(join(root, 'e2e/support/electron-sandbox.ts'));
const { electronEnvironmentUnavailable, startElectronEnvironment } = await jiti.import(
  join(root, 'e2e/support/electron-env.ts'),
);

function fail(sentence) {
  console.error(`smoke: ${sentence}`);
  process.exit(1);
}

const binary = findElectronBinary();
if (!binary.path) fail(binary.reason);
const sandbox = sandboxPlan(binary.path);
if (sandbox.reason) fail(sandbox.reason);
const missing = electronEnvironmentUnavailable();
if (missing) fail(missing);

console.log('smoke: building the app (electron-vite build)…');
execFileSync(
  process.execPath,
  [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

const environment = await startElectronEnvironment();
let app;
let ok = false;
try {
  app = await _electron.launch({
    executablePath: binary.path,
    args: [...sandbox.args, root],
    cwd: root,
    env: { ...environment.env, CTM_TEST_HOOKS: '1' },
    timeout: 30_000,
  });
  const page = await app.firstWindow({ timeout: 30_000 });
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
  const seen = {
    electron: await app.evaluate(() => process.versions.electron),
    url: page.url(),
    title: await page.title(),
    heading: await page.getByRole('heading', { level: 1 }).textContent(),
    windows: await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => ({ visible: w.isVisible(), sandboxed: true })),
    ),
    banners: await page.getByRole('alert').allTextContents(),
    tray: await app.evaluate(async () => {
      await globalThis.ctmTray.rebuild();
      return globalThis.ctmTray
        .builtMenu()
        .map((item) => item.label)
        .filter(Boolean);
    }),
  };
  console.log(`smoke: Electron ${seen.electron} opened ${seen.url}`);
  console.log(
    `smoke: window "${seen.title}", heading "${seen.heading}", ${seen.windows.length} window(s), visible: ${seen.windows.map((w) => w.visible).join(', ')}`,
  );
  console.log(`smoke: tray menu: ${seen.tray.join(' | ')}`);
  if (seen.banners.length > 0) console.log(`smoke: banners: ${seen.banners.join(' | ')}`);
  ok =
    seen.title === 'Cognito Token Manager' &&
    seen.windows.some((w) => w.visible) &&
    seen.tray.includes('Quit');
  if (!ok)
    console.error('smoke: the window or the tray is not what the app should show (see above).');
} catch (error) {
  console.error(
    `smoke: the app did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
  );
} finally {
  await app?.close().catch(() => undefined);
  await environment.stop();
}
console.log(ok ? 'smoke: ok' : 'smoke: FAILED');
process.exit(ok ? 0 : 1);

// `npm run preview`: the window in any browser, over the real TokenManager. It opens the
// profiles in COGNITO_TOKEN_MANAGER_HOME and the keychain (the CLI's service name, so both see
// the same sessions), prints `preview: <url>` and runs until Ctrl+C or SIGTERM.
import './require-node';
import { createFileLog } from '../main/log/file-log';
import { resolveDataDir } from '../main/profiles/data-dir';
import { vaultServiceName } from '../main/secrets/naming';
import { openTokenManager } from '../main/token-manager';
import { createPreviewRuntime } from './handlers';
import { startPreviewHost } from './host';
import { previewPaths } from './paths';

/** Same switch as the CLI's: 1 uses the development keychain items. */
const DEV_KEYCHAIN_ENV = 'COGNITO_TOKEN_MANAGER_DEV';
/** 1 serves /test/clipboard and /test/opened-pages (what the tests read); never by default. */
const TEST_ROUTES_ENV = 'CTM_PREVIEW_TEST_ROUTES';

async function run(): Promise<void> {
  const paths = previewPaths(process.cwd());
  const dataDir = resolveDataDir();
  const log = createFileLog({ dataDir });
  // As in the app, the page does not wait for the keychain probe: it says it is checking.
  const opening = openTokenManager({
    dir: dataDir,
    log,
    serviceName: vaultServiceName(process.env[DEV_KEYCHAIN_ENV] === '1'),
  });
  const runtime = createPreviewRuntime(paths.root, opening, log);
  const testRoutes = process.env[TEST_ROUTES_ENV] === '1';
  const host = await startPreviewHost({
    ...paths,
    handlers: runtime.handlers,
    log,
    ...(testRoutes
      ? {
          testClipboard: () => runtime.clipboard.text,
          testOpenedPages: () => runtime.openedPages,
        }
      : {}),
  });
  // The printed address is the one place the token is meant to appear: the log masks it.
  log.addSecret(host.token);
  // The one forwarder: every event of the hub goes down the page's event stream.
  runtime.events.forward((event, payload) => host.emit(event, payload));
  console.log(`preview: ${host.url}`);
  const manager = await opening;
  manager.startSessions();
  const stop = () => {
    runtime.stop();
    manager.stop();
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

run().catch((error: unknown) => {
  console.error(
    `preview: could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});

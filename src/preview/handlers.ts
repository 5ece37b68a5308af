// The preview host's side of the contract: served exactly as the app serves it (serveContract),
// over a real TokenManager (the profiles in COGNITO_TOKEN_MANAGER_HOME, the real keychain), with
// an in-memory clipboard tests can read back, and a list of the sign-in pages it was asked to
// open, so a test can play the browser.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { MemoryClipboard } from '../main/clipboard/memory-clipboard';
import { createSecretClipboard } from '../main/clipboard/secret-clipboard';
import type { ContractHandlers } from '../main/handlers/dispatch';
import type { EventHub } from '../main/handlers/event-hub';
import { serveContract } from '../main/handlers/serve-contract';
import type { AppLog } from '../main/log/file-log';
import type { TokenManager } from '../main/token-manager';

const packageJsonSchema = z.object({ version: z.string().min(1) });

/** The version in a checkout's package.json. */
export function checkoutVersion(root: string): string {
  const raw: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return packageJsonSchema.parse(raw).version;
}

/** What the host serves: the handlers, the clipboard behind them, and the event hub. */
export interface PreviewRuntime {
  handlers: ContractHandlers;
  /** The host attaches its event stream here, as the app attaches its windows. */
  events: EventHub;
  clipboard: MemoryClipboard;
  /** Every managed-login page a browser sign-in asked to open, oldest first. */
  openedPages: string[];
  stop(): void;
}

/** Where the preview host writes exports: CTM_PREVIEW_EXPORT_DIR, else ~/Downloads like the app. */
export const EXPORT_DIR_ENV = 'CTM_PREVIEW_EXPORT_DIR';

/**
 * Serves the contract over `manager` for a checkout at `root`, as the app does (serveContract):
 * until `manager` resolves the page hears that the keychain is being checked, and every other
 * call waits.
 */
export function createPreviewRuntime(
  root: string,
  manager: TokenManager | Promise<TokenManager>,
  log: Pick<AppLog, 'warn'>,
): PreviewRuntime {
  const clipboard = new MemoryClipboard();
  const secretClipboard = createSecretClipboard(clipboard, {
    onMarkersRefused: (refused) => {
      log.warn(`clipboard: the platform refused ${refused.join(', ')}`);
    },
  });
  const openedPages: string[] = [];
  const served = serveContract(
    Promise.resolve(manager),
    {
      clipboard: secretClipboard,
      facts: { version: checkoutVersion(root), platform: process.platform },
      openSignInPage: (url) => {
        openedPages.push(url);
        return Promise.resolve();
      },
      exportFolder: () => process.env[EXPORT_DIR_ENV] ?? join(homedir(), 'Downloads'),
    },
    log,
  );
  return {
    handlers: served.handlers,
    events: served.events,
    clipboard,
    openedPages,
    stop() {
      served.stop();
      secretClipboard.dispose();
    },
  };
}

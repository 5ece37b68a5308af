// The preview host's handlers: the same plain-Node handlers main uses, over a real TokenManager
// (the profiles in COGNITO_TOKEN_MANAGER_HOME, the real keychain), with an in-memory clipboard
// tests can read back, and a list of the sign-in pages it was asked to open, so a test can play
// the browser.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { EventName, EventPayloadOf } from '../shared/contract';
import { MemoryClipboard } from '../main/clipboard/memory-clipboard';
import { createSecretClipboard } from '../main/clipboard/secret-clipboard';
import { createContractHandlers } from '../main/handlers/create-handlers';
import { deferHandlers } from '../main/handlers/deferred-handlers';
import { keychainState } from '../main/handlers/keychain-state';
import type { ContractHandlers } from '../main/handlers/dispatch';
import { startingHandlers } from '../main/handlers/starting-handlers';
import type { AppLog } from '../main/log/file-log';
import type { TokenManager } from '../main/token-manager';

const packageJsonSchema = z.object({ version: z.string().min(1) });

/** The version in a checkout's package.json. */
export function checkoutVersion(root: string): string {
  const raw: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return packageJsonSchema.parse(raw).version;
}

/** What the host serves: the handlers, the clipboard behind them, and where events go. */
export interface PreviewRuntime {
  handlers: ContractHandlers;
  clipboard: MemoryClipboard;
  /** Every managed-login page a browser sign-in asked to open, oldest first. */
  openedPages: string[];
  /** Points events at the host once it runs (events before that are dropped). */
  connect(sink: <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void): void;
  stop(): void;
}

/** Where the preview host writes exports: CTM_PREVIEW_EXPORT_DIR, else ~/Downloads like the app. */
export const EXPORT_DIR_ENV = 'CTM_PREVIEW_EXPORT_DIR';

/**
 * Builds every handler over `manager` for a checkout at `root`. Like the app, it serves the page
 * before the keychain probe has answered: until `manager` resolves the page hears that the
 * keychain is being checked, and every other call waits.
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
  let sink: (<E extends EventName>(event: E, payload: EventPayloadOf<E>) => void) | undefined;
  const emit = <E extends EventName>(event: E, payload: EventPayloadOf<E>) =>
    sink?.(event, payload);
  const ready = Promise.resolve(manager);
  let stopSessions = (): void => undefined;
  const openedPages: string[] = [];
  const facts = { version: checkoutVersion(root), platform: process.platform };
  const handlers = deferHandlers(
    ready.then((tokenManager) => {
      stopSessions = tokenManager.onSessionChange((change) => {
        emit('ctm:session-changed', change);
      });
      // A page that opened while the keychain was checked learns its verdict now.
      emit('ctm:keychain-changed', keychainState(tokenManager.keychainStatus()));
      return createContractHandlers({
        manager: tokenManager,
        clipboard: secretClipboard,
        facts,
        emit,
        openSignInPage: (url) => {
          openedPages.push(url);
          return Promise.resolve();
        },
        exportFolder: () => process.env[EXPORT_DIR_ENV] ?? join(homedir(), 'Downloads'),
      });
    }),
    startingHandlers(facts),
  );
  return {
    handlers,
    clipboard,
    openedPages,
    connect(next) {
      sink = next;
    },
    stop() {
      stopSessions();
      secretClipboard.dispose();
    },
  };
}

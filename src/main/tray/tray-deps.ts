// What the tray controller is built from, and what it asks of its host (the TrayService).
import type { Navigate } from '../../shared/contract-views';
import type { AppSettings } from '../../shared/settings';
import type { CopyDeps } from '../clipboard/copy-deps';
import type { TokenManager } from '../token-manager';
import type { TrayMenu } from './tray-model';

/** What the tray asks of its host. */
export interface TrayHost {
  render(menu: TrayMenu): void;
  /** Shows the window at a screen. */
  navigate(target: Navigate): void;
  notify(title: string, body: string): void;
  /** Tells every window that profiles changed (a switch from the tray). */
  profilesChanged(): void;
  quit(): void;
}

/** What the controller is built from. */
export interface TrayControllerDeps {
  manager: TokenManager;
  /** How copies are made (copyDeps over the facade and the app's clipboard). */
  copies: CopyDeps;
  settings: () => AppSettings;
  host: TrayHost;
  platform: NodeJS.Platform;
  log: { warn(message: string, error?: unknown): void };
  now?: () => number;
  /** Changes that land within this many ms make one rebuild (default 150). */
  debounceMs?: number;
}

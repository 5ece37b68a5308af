// What the plain-Node handlers need from their host (Electron main or the preview host).
import type { EventName, EventPayloadOf } from '../../shared/contract';
import type { SecretClipboard } from '../clipboard/types';
import type { TokenManager } from '../token-manager';
import type { AppFacts } from './app-info';

/** Pushes a contract event to every open window. */
export type EmitEvent = <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;

/** The parts every handler group is built from. */
export interface HandlerDeps {
  manager: TokenManager;
  clipboard: SecretClipboard;
  facts: AppFacts;
  emit: EmitEvent;
  /** Opens a managed-login page (already vetted) in the user's browser. */
  openSignInPage(url: string): Promise<void>;
  /** Where an export is written: the user's Downloads folder (the preview host may say another). */
  exportFolder(): string;
  /**
   * Notices only the host knows of (the app: a global shortcut that failed to register, a
   * desktop without a tray, a clipboard it cannot check).
   */
  hostNotices?: () => { shortcut?: string; tray?: string; clipboard?: string };
}

/** One sentence of an error kept as a value (a VaultError, an AuthError), for a reply. */
export function sentence(error: { message: string } | undefined): string | undefined {
  return error === undefined ? undefined : error.message.slice(0, 500);
}

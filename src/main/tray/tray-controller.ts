// The tray's behaviour in plain Node: rebuilds the menu model when something changed (debounced,
// never on a timer), hands it to the host only when it differs, and carries out each action
// through the facade. The TrayService in src/main/app is the host: it draws what it is given.
import { buildTrayMenu } from './build-tray-menu';
import { runTrayAction } from './tray-actions';
import type { TrayControllerDeps } from './tray-deps';
import type { TrayAction, TrayMenu } from './tray-model';
import { readTrayState } from './tray-state';

export type { TrayControllerDeps, TrayHost } from './tray-deps';

/** The tray's state machine: call `changed()` on every change, `run()` on every click. */
export class TrayController {
  readonly #deps: TrayControllerDeps;
  #timer: NodeJS.Timeout | undefined;
  #last = '';
  #stopped = false;

  constructor(deps: TrayControllerDeps) {
    this.#deps = deps;
  }

  /** Something the menu shows may have changed: rebuild soon, once. */
  changed(): void {
    if (this.#stopped || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.rebuild();
    }, this.#deps.debounceMs ?? 150);
  }

  /** Builds the model now and renders it if it differs from the last one; resolves to it. */
  async rebuild(): Promise<TrayMenu | undefined> {
    const { manager, platform, log } = this.#deps;
    try {
      const settings = this.#deps.settings();
      const now = (this.#deps.now ?? Date.now)();
      const menu = buildTrayMenu(
        await readTrayState(manager, { platform, showTitle: settings.trayTitle, now }),
      );
      const key = JSON.stringify(menu);
      if (key !== this.#last && !this.#stopped) {
        this.#last = key;
        this.#deps.host.render(menu);
      }
      return menu;
    } catch (error) {
      log.warn('tray: the menu could not be rebuilt.', error);
      return undefined;
    }
  }

  /** Carries out a clicked item; failures become a notification, never a throw. */
  async run(action: TrayAction): Promise<void> {
    await runTrayAction(this.#deps, action);
    this.changed();
  }

  /** Stops pending rebuilds (quit). */
  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

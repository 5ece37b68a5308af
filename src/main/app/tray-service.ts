// The TrayService: draws the model the TrayController hands it. Each render builds a new menu
// and calls setContextMenu again (Linux shows changes only then); it never polls.
import { Menu, Tray, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayItem, TrayMenu } from '../tray/tray-model';
import { trayIcon } from './tray-icon';

/** Turns model items into Electron's template; `run` carries out a click. */
export function toTemplate(
  items: readonly TrayItem[],
  run: (action: TrayAction) => void,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'separator':
        return { type: 'separator' };
      case 'header':
        // macOS draws a disabled top-level item as if enabled: a header there is a real header.
        return platform === 'darwin'
          ? { type: 'header', label: item.label }
          : { label: item.label, enabled: false };
      case 'submenu':
        return { label: item.label, submenu: toTemplate(item.items, run, platform) };
      case 'radio':
        return {
          type: 'radio',
          label: item.label,
          checked: item.checked,
          click: () => {
            run(item.action);
          },
        };
      case 'action':
        return {
          label: item.label,
          click: () => {
            run(item.action);
          },
        };
    }
  });
}

/** A tray icon whose menu, tooltip and title follow render(). */
export class TrayService {
  readonly #tray: Tray;
  readonly #run: (action: TrayAction) => void;

  constructor(run: (action: TrayAction) => void, onOpen: () => void) {
    this.#run = run;
    this.#tray = new Tray(trayIcon());
    // Windows: a left click opens the window. Linux may never fire click: the menu has Open.
    if (process.platform === 'win32') this.#tray.on('click', onOpen);
  }

  /** Shows a new model. */
  render(menu: TrayMenu): void {
    if (this.#tray.isDestroyed()) return;
    this.#tray.setContextMenu(
      Menu.buildFromTemplate(toTemplate(menu.items, this.#run, process.platform)),
    );
    this.#tray.setToolTip(menu.tooltip);
    if (process.platform === 'darwin') this.#tray.setTitle(menu.title);
  }

  /** Removes the icon (quit). */
  destroy(): void {
    if (!this.#tray.isDestroyed()) this.#tray.destroy();
  }
}

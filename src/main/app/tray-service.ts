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

/** A built menu item as the e2e hook reads it back (labels, kinds and the tree). */
export interface BuiltTrayItem {
  label: string;
  type: string;
  enabled: boolean;
  checked: boolean;
  items?: BuiltTrayItem[];
}

// The parts of Electron's Menu and MenuItem the hook reads, structurally.
interface BuiltMenu {
  readonly items: readonly BuiltMenuItem[];
}
interface BuiltMenuItem {
  readonly label: string;
  readonly type: string;
  readonly enabled: boolean;
  readonly checked: boolean;
  readonly submenu?: BuiltMenu | undefined;
  readonly click: Function; // eslint-disable-line @typescript-eslint/no-unsafe-function-type -- Electron's own type
}

function describeItems(items: readonly BuiltMenuItem[]): BuiltTrayItem[] {
  return items.map((item) => ({
    label: item.label,
    type: item.type,
    enabled: item.enabled,
    checked: item.checked,
    ...(item.submenu ? { items: describeItems(item.submenu.items) } : {}),
  }));
}

/** A tray icon whose menu, tooltip and title follow render(). */
export class TrayService {
  readonly #tray: Tray;
  readonly #run: (action: TrayAction) => void;
  #menu: BuiltMenu | null = null;

  constructor(run: (action: TrayAction) => void, onOpen: () => void) {
    this.#run = run;
    this.#tray = new Tray(trayIcon());
    // Windows: a left click opens the window. Linux may never fire click: the menu has Open.
    if (process.platform === 'win32') this.#tray.on('click', onOpen);
  }

  /** Shows a new model. */
  render(menu: TrayMenu): void {
    if (this.#tray.isDestroyed()) return;
    const built = Menu.buildFromTemplate(toTemplate(menu.items, this.#run, process.platform));
    this.#tray.setContextMenu(built);
    this.#menu = built;
    this.#tray.setToolTip(menu.tooltip);
    if (process.platform === 'darwin') this.#tray.setTitle(menu.title);
  }

  /** The menu Electron built last, as data (the e2e hook reads it; nothing else does). */
  builtMenu(): BuiltTrayItem[] {
    return this.#menu ? describeItems(this.#menu.items) : [];
  }

  /** Clicks the item at `labels` (a path through submenus) as a user would; false if absent. */
  click(labels: readonly string[]): boolean {
    let items = this.#menu?.items ?? [];
    let found: BuiltMenuItem | undefined;
    for (const label of labels) {
      found = items.find((item) => item.label === label);
      items = found?.submenu?.items ?? [];
    }
    if (!found?.enabled) return false;
    // MenuItem.click() runs the item's handler as a user's click does.
    Reflect.apply(found.click, found, []);
    return true;
  }

  /** Removes the icon (quit). */
  destroy(): void {
    if (!this.#tray.isDestroyed()) this.#tray.destroy();
  }
}

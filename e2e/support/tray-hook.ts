// What the electron specs reach in the app's main process when CTM_TEST_HOOKS=1 (setup-tray.ts):
// the tray's model and the menu Electron built from it, and how to read their labels.
import type { TrayAction, TrayItem, TrayMenu } from '../../src/main/tray/tray-model';

/** One item of the menu Electron built, as the hook describes it. */
export interface BuiltItem {
  label: string;
  type: string;
  items?: BuiltItem[];
}

/** globalThis in main, with the hook. */
export interface TrayHook {
  ctmTray: {
    rebuild(): Promise<TrayMenu>;
    run(action: TrayAction): Promise<void>;
    builtMenu(): BuiltItem[];
    click(labels: string[]): boolean;
  };
}

/** Every label of the model, depth first, separators left out. */
export const modelLabels = (items: readonly TrayItem[]): string[] =>
  items.flatMap((item) =>
    item.type === 'separator'
      ? []
      : item.type === 'submenu'
        ? [item.label, ...modelLabels(item.items)]
        : [item.label],
  );

/** Every label of the built menu, in the same order. */
export const builtLabels = (items: readonly BuiltItem[]): string[] =>
  items.flatMap((item) =>
    item.type === 'separator' ? [] : [item.label, ...builtLabels(item.items ?? [])],
  );

// The application menu, as data (Electron's template shape; app/ builds it). Packaged builds
// have no DevTools, reload or zoom-reset items anywhere: on Windows and Linux no menu at all
// (copy and paste work in text fields without one), on macOS only the app, Edit and Window
// menus, since macOS routes Cmd+C/V/X/A through the Edit menu's roles. Development keeps
// Electron's default menu.
import type { MenuItemConstructorOptions } from 'electron';

/** The template to set, or null for no menu; 'default' leaves Electron's own. */
export function appMenuTemplate(
  platform: NodeJS.Platform,
  packaged: boolean,
  productName: string,
): MenuItemConstructorOptions[] | null | 'default' {
  if (!packaged) return 'default';
  if (platform !== 'darwin') return null;
  return [
    {
      label: productName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { role: 'windowMenu' },
  ];
}

// Electron's clipboard as a ClipboardPort. The markers that keep a secret out of clipboard
// history need raw platform formats; this port reports them refused (they come with the tray
// issue), so the log says so instead of pretending.
import { clipboard } from 'electron';
import type { ClipboardPort, SecretMarker } from '../clipboard/types';

/** The system clipboard: plain text only for now. */
export const electronClipboard: ClipboardPort = {
  async writeSecret(text: string, markers: readonly SecretMarker[]) {
    await clipboard.writeText(text);
    return { refused: [...markers] };
  },
  readText: () => clipboard.readText(),
  clear() {
    clipboard.clear();
    return Promise.resolve();
  },
};

// Electron 45's clipboard as a ClipboardPort: one ClipboardItem holding the text and the
// platform's secret marker (marker-formats.ts). If the platform refuses the marker format, the
// text is still written on its own and the marker is reported refused (the log names it).
import { clipboard, ClipboardItem } from 'electron';
import { markerFormats } from '../clipboard/marker-formats';
import type { ClipboardPort, SecretMarker } from '../clipboard/types';

/** The system clipboard. */
export const electronClipboard: ClipboardPort = {
  async writeSecret(text: string, markers: readonly SecretMarker[]) {
    const { formats, applied } = markerFormats(markers, process.platform);
    const payload: Record<string, string | Blob> = { 'text/plain': text };
    for (const [name, value] of Object.entries(formats)) {
      payload[name] = typeof value === 'string' ? value : new Blob([value]);
    }
    try {
      await clipboard.write([new ClipboardItem(payload)]);
      return { refused: [] };
    } catch {
      await clipboard.writeText(text);
      return { refused: applied };
    }
  },
  readText: () => clipboard.readText(),
  clear() {
    clipboard.clear();
    return Promise.resolve();
  },
};

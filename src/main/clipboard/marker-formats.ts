// The clipboard formats that mark a copy as secret, per platform, in the names Electron 45's
// clipboard takes for a raw platform format (`electron application/osclipboard;format="…"`).
// Clipboard managers and history (Windows Win+V and cloud sync, macOS managers that honour
// nspasteboard.org, KDE Klipper) skip an entry that carries its platform's marker.
import type { SecretMarker } from './types';

/** The platform each marker means something on. */
export const MARKER_PLATFORM: Readonly<Record<SecretMarker, NodeJS.Platform>> = {
  'windows-exclude-monitoring': 'win32',
  'macos-concealed': 'darwin',
  'kde-password-hint': 'linux',
};

const RAW = (name: string) => `electron application/osclipboard;format="${name}"`;

// Windows reads only the format's presence; a zero DWORD is the documented convention.
const FORMATS: Readonly<Record<SecretMarker, [string, string | Uint8Array]>> = {
  'windows-exclude-monitoring': [
    RAW('ExcludeClipboardContentFromMonitorProcessing'),
    new Uint8Array(4),
  ],
  'macos-concealed': [RAW('org.nspasteboard.ConcealedType'), ''],
  'kde-password-hint': [RAW('x-kde-passwordManagerHint'), 'secret'],
};

/** The formats to write beside the text on `platform`, and which of the asked markers they are. */
export function markerFormats(
  markers: readonly SecretMarker[],
  platform: NodeJS.Platform,
): { formats: Record<string, string | Uint8Array>; applied: SecretMarker[] } {
  const applied = markers.filter((marker) => MARKER_PLATFORM[marker] === platform);
  const formats: Record<string, string | Uint8Array> = {};
  for (const marker of applied) {
    const [name, value] = FORMATS[marker];
    formats[name] = value;
  }
  return { formats, applied };
}

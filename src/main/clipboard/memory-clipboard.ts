// An in-memory ClipboardPort: the preview host's clipboard and the tests'.
import type { ClipboardPort, SecretMarker } from './types';

/** A ClipboardPort that keeps the text in memory and records the markers each write asked for. */
export class MemoryClipboard implements ClipboardPort {
  text: string | null = null;
  /** The markers of every write, oldest first. */
  readonly markerLog: (readonly SecretMarker[])[] = [];

  /** Stores the text; refuses no marker. */
  writeSecret(
    text: string,
    markers: readonly SecretMarker[],
  ): Promise<{ refused: SecretMarker[] }> {
    this.text = text;
    this.markerLog.push([...markers]);
    return Promise.resolve({ refused: [] });
  }

  /** The stored text, or '' when empty. */
  readText(): Promise<string> {
    return Promise.resolve(this.text ?? '');
  }

  /** Empties the stored text. */
  clear(): Promise<void> {
    this.text = null;
    return Promise.resolve();
  }
}

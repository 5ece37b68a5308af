// The clipboard as main sees it. Electron's clipboard (src/main/app/) and the preview host's
// in-memory one implement ClipboardPort; everything else depends only on these types.

/** Markers that ask clipboard history and sync to skip a copied secret. */
export type SecretMarker =
  | 'windows-exclude-monitoring' // ExcludeClipboardContentFromMonitorProcessing
  | 'macos-concealed' // org.nspasteboard.ConcealedType
  | 'kde-password-hint'; // x-kde-passwordManagerHint = secret

/** The OS clipboard: text in, text out, plus the secret markers a write asks for. */
export interface ClipboardPort {
  /** Writes `text` with the markers; resolves to the markers the platform refused. */
  writeSecret(text: string, markers: readonly SecretMarker[]): Promise<{ refused: SecretMarker[] }>;
  /** The clipboard's text now ('' when it holds none). */
  readText(): Promise<string>;
  /** Empties the clipboard. */
  clear(): Promise<void>;
}

/** What a clear did: emptied our copy, found the user's own copy, found nothing of ours, or failed. */
export type ClearOutcome =
  { status: 'cleared' | 'changed' | 'nothing' } | { status: 'failed'; reason: string };

/** Copies secrets and clears them later, only if the clipboard still holds what we wrote. */
export interface SecretClipboard {
  /**
   * Copies `text` and reads it back; clears it after `clearAfterSeconds` (null: never). Rejects
   * with a sentence when the clipboard did not take it (nothing is then left to clear).
   */
  copySecret(text: string, clearAfterSeconds: number | null): Promise<void>;
  /** Clears now what we wrote, if it is still there (on quit), and checks that it is gone. */
  clearIfUnchanged(): Promise<ClearOutcome>;
  /** Cancels the pending clear timer (tests, shutdown). */
  dispose(): void;
}

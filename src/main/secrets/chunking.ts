// How one value is laid out over keychain items. Windows caps an item at 2560 bytes and a
// Cognito ID token with many groups passes that, so a value over the chunk size is split into
// items `<account>#1..n` and the base item holds a header naming them. We do this on every
// platform: one layout everywhere, and the Windows path is the one our Linux tests exercise.

/** Largest piece per item: under Windows' 2560-byte cap with room to spare. */
export const DEFAULT_CHUNK_BYTES = 2500;

/** Most items one value may span; bigger values are refused, never truncated. */
export const MAX_CHUNKS = 16;

// Values that start like a header are stored chunked too, so a base item that starts with this
// is always a header and never a plain value.
const HEADER_MARK = 'ctm-chunked:';
const HEADER_V1 = `${HEADER_MARK}v1:`;

/** A base item's meaning: the value itself, a header for `count` chunks, or unreadable. */
export type BaseItem =
  | { type: 'plain'; value: string }
  | { type: 'chunked'; count: number; bytes: number; digest: string }
  | { type: 'corrupt' };

/** The items to write for a value: the base item and, when split, its chunks in order. */
export interface Layout {
  base: string;
  chunks: string[];
}

/** Size of a value as the keychain counts it. */
export function utf8Bytes(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}

/** Short fingerprint stored in the header so a half-written set reads as absent, not garbled. */
function digestOf(value: string): string {
  // Loaded on first use: node:crypto costs a tenth of Node's start-up, and `cognito-tokens token`
  // reads only small, unchunked values.
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 16);
}

/** Splits on code-point boundaries so every piece is valid UTF-8 of at most `maxBytes`. */
export function splitUtf8(value: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of value) {
    const size = utf8Bytes(char);
    if (currentBytes + size > maxBytes && current !== '') {
      pieces.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += size;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** The items that store `value` with pieces of at most `chunkBytes`. */
export function layoutValue(value: string, chunkBytes: number): Layout {
  const bytes = utf8Bytes(value);
  if (bytes <= chunkBytes && !value.startsWith(HEADER_MARK)) return { base: value, chunks: [] };
  const chunks = splitUtf8(value, chunkBytes);
  return { base: `${HEADER_V1}${chunks.length}:${bytes}:${digestOf(value)}`, chunks };
}

/** Reads a base item: plain value, chunk header, or a header this version cannot read. */
export function parseBaseItem(base: string): BaseItem {
  if (!base.startsWith(HEADER_MARK)) return { type: 'plain', value: base };
  const match = /^ctm-chunked:v1:(\d{1,3}):(\d{1,9}):([0-9a-f]{16})$/.exec(base);
  if (!match) return { type: 'corrupt' };
  const [, count, bytes, digest] = match;
  return { type: 'chunked', count: Number(count), bytes: Number(bytes), digest: digest ?? '' };
}

/** Joins chunks read back; null when any is missing or the whole fails its header's check. */
export function joinChunks(
  header: { count: number; bytes: number; digest: string },
  chunks: readonly (string | null)[],
): string | null {
  if (chunks.length !== header.count || chunks.some((chunk) => chunk === null)) return null;
  const value = chunks.join('');
  if (utf8Bytes(value) !== header.bytes || digestOf(value) !== header.digest) return null;
  return value;
}

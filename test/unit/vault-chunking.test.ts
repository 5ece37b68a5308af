import { describe, expect, it } from 'vitest';
import {
  joinChunks,
  layoutValue,
  parseBaseItem,
  splitUtf8,
  utf8Bytes,
} from '../../src/main/secrets/chunking';

describe('chunk layout', () => {
  it('keeps a value up to the chunk size in the base item', () => {
    const value = 'a'.repeat(2500);
    expect(layoutValue(value, 2500)).toEqual({ base: value, chunks: [] });
  });

  it('splits a longer value and heads it with count, size and digest', () => {
    const value = 'b'.repeat(2501);
    const { base, chunks } = layoutValue(value, 2500);
    expect(chunks).toEqual(['b'.repeat(2500), 'b']);
    expect(base).toMatch(/^ctm-chunked:v1:2:2501:[0-9a-f]{16}$/);
    const header = parseBaseItem(base);
    if (header.type !== 'chunked') throw new Error('expected a header');
    expect(joinChunks(header, chunks)).toBe(value);
  });

  it('stores a short value that looks like a header chunked, so it cannot be misread', () => {
    const value = 'ctm-chunked:v1:1:5:0123456789abcdef';
    const { base, chunks } = layoutValue(value, 2500);
    expect(chunks).toEqual([value]);
    expect(base).not.toBe(value);
    const header = parseBaseItem(base);
    if (header.type !== 'chunked') throw new Error('expected a header');
    expect(joinChunks(header, chunks)).toBe(value);
  });

  it('never cuts a multi-byte character and keeps every piece within the byte limit', () => {
    const value = 'é€😀x'.repeat(50);
    const pieces = splitUtf8(value, 16);
    expect(pieces.join('')).toBe(value);
    for (const piece of pieces) {
      expect(utf8Bytes(piece)).toBeLessThanOrEqual(16);
      expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece);
    }
  });

  it('reads plain, chunked and unreadable base items', () => {
    expect(parseBaseItem('eyJ.abc')).toEqual({ type: 'plain', value: 'eyJ.abc' });
    expect(parseBaseItem('ctm-chunked:v9:whatever')).toEqual({ type: 'corrupt' });
    expect(parseBaseItem('ctm-chunked:v1:2:10:0123456789abcdef')).toEqual({
      type: 'chunked',
      count: 2,
      bytes: 10,
      digest: '0123456789abcdef',
    });
  });

  it('rejects missing, extra or altered chunks instead of returning garbage', () => {
    const { base, chunks } = layoutValue('c'.repeat(30), 10);
    const header = parseBaseItem(base);
    if (header.type !== 'chunked') throw new Error('expected a header');
    expect(joinChunks(header, chunks)).toBe('c'.repeat(30));
    expect(joinChunks(header, [chunks[0] ?? '', null, chunks[2] ?? ''])).toBeNull();
    expect(joinChunks(header, chunks.slice(0, 2))).toBeNull();
    expect(joinChunks(header, [chunks[0] ?? '', 'd'.repeat(10), chunks[2] ?? ''])).toBeNull();
  });
});

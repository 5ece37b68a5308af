// Readers for the icon containers `npm run icon` writes, independent of its encoders: .ico
// (ICONDIR entries holding BMPs or PNGs) and .icns (typed chunks holding PNGs). PNGs are
// decoded with pngjs.
import { PNG } from 'pngjs';

/** A decoded square image: its size and straight RGBA pixels, rows top-down. */
export interface Pixels {
  size: number;
  rgba: Buffer;
}

/** Decodes PNG bytes (any filter, as pngjs reads them); throws unless the image is square. */
export function decodePng(bytes: Buffer): Pixels {
  const png = PNG.sync.read(bytes);
  if (png.width !== png.height) throw new Error(`not square: ${png.width}x${png.height}`);
  return { size: png.width, rgba: png.data };
}

// An ICO's DIB: 40-byte header, BGRA rows bottom-up, then the AND mask.
function decodeBmp(bytes: Buffer): Pixels {
  const size = bytes.readInt32LE(4);
  if (bytes.readUInt32LE(0) !== 40 || bytes.readInt32LE(8) !== size * 2) {
    throw new Error('not an icon DIB');
  }
  if (bytes.readUInt16LE(14) !== 32) throw new Error('not 32 bits per pixel');
  const rgba = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      const from = 40 + ((size - 1 - row) * size + col) * 4;
      const [b = 0, g = 0, r = 0, a = 0] = bytes.subarray(from, from + 4);
      rgba.set([r, g, b, a], (row * size + col) * 4);
    }
  }
  return { size, rgba };
}

/** The images of an .ico, with the size each directory entry claims and how it is stored. */
export function readIco(file: Buffer): { claimed: number; format: 'png' | 'bmp'; image: Pixels }[] {
  if (file.readUInt16LE(0) !== 0 || file.readUInt16LE(2) !== 1) throw new Error('not an .ico');
  return Array.from({ length: file.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + i * 16;
    const length = file.readUInt32LE(entry + 8);
    const offset = file.readUInt32LE(entry + 12);
    if (offset + length > file.length) throw new Error(`entry ${i} runs past the file`);
    const bytes = file.subarray(offset, offset + length);
    const isPng = bytes.subarray(1, 4).toString('latin1') === 'PNG';
    return {
      claimed: file.readUInt8(entry) || 256,
      format: isPng ? 'png' : 'bmp',
      image: isPng ? decodePng(bytes) : decodeBmp(bytes),
    };
  });
}

/** The chunks of an .icns, by type; throws when the lengths do not add up to the file. */
export function readIcns(file: Buffer): { type: string; data: Buffer }[] {
  if (file.subarray(0, 4).toString('latin1') !== 'icns') throw new Error('not an .icns');
  if (file.readUInt32BE(4) !== file.length) throw new Error('icns length is not the file length');
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at + 4);
    if (length < 8 || at + length > file.length) throw new Error(`bad chunk length at ${at}`);
    chunks.push({
      type: file.subarray(at, at + 4).toString('latin1'),
      data: file.subarray(at + 8, at + length),
    });
    at += length;
  }
  return chunks;
}

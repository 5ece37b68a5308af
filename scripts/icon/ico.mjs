// Windows .ico: an ICONDIR header, one 16-byte entry per image, then the images. Images below
// 256 px are 32-bit BMPs (what every reader, NSIS and the tray's LoadImage included, accepts);
// the 256 px one is a PNG, as Windows' own icons do, to keep the file small.
import { Buffer } from 'node:buffer';
import { encodePng } from './png.mjs';

// A BITMAPINFOHEADER, the BGRA rows bottom-up, then a 1-bit AND mask (set where fully clear).
function encodeBmp(size, rgba) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows plus mask rows, as ICO's DIBs count them
  header.writeUInt16LE(1, 12); // planes
  header.writeUInt16LE(32, 14); // bits per pixel, BI_RGB
  const pixels = Buffer.alloc(size * size * 4);
  const maskStride = Math.ceil(size / 32) * 4;
  const mask = Buffer.alloc(maskStride * size);
  for (let row = 0; row < size; row += 1) {
    const flipped = size - 1 - row;
    for (let col = 0; col < size; col += 1) {
      const from = (row * size + col) * 4;
      const [r, g, b, a] = rgba.subarray(from, from + 4);
      pixels.set([b, g, r, a], (flipped * size + col) * 4);
      if (a === 0) mask[flipped * maskStride + (col >> 3)] |= 0x80 >> (col & 7);
    }
  }
  return Buffer.concat([header, pixels, mask]);
}

/** Encodes square RGBA images ({size, rgba}, sizes 1..256) as one .ico file. */
export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type 1: icon
  header.writeUInt16LE(images.length, 4);
  const bodies = images.map(({ size, rgba }) =>
    size >= 256 ? encodePng(size, rgba) : encodeBmp(size, rgba),
  );
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size }, i) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // 0 means 256
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4); // planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(bodies[i].length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += bodies[i].length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...bodies]);
}

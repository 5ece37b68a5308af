// macOS .icns: the 'icns' magic and total length, then one chunk per image (4-byte type,
// 4-byte length including those 8 bytes, the data). Every type below holds a PNG, which macOS
// reads since 10.7, so no other image encoding is needed.
import { Buffer } from 'node:buffer';

/** The chunk types the icon carries and the pixel size of each (@2x types hold twice the points). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16 pt @2x
  ['ic12', 64], // 32 pt @2x
  ['ic07', 128],
  ['ic13', 256], // 128 pt @2x
  ['ic08', 256],
  ['ic14', 512], // 256 pt @2x
  ['ic09', 512],
  ['ic10', 1024], // 512 pt @2x
];

function header(type, length) {
  const bytes = Buffer.alloc(8);
  bytes.write(type, 0, 'ascii');
  bytes.writeUInt32BE(length, 4);
  return bytes;
}

/** Encodes PNG images ({type, png}) as one .icns file. */
export function encodeIcns(images) {
  const chunks = images.map(({ type, png }) => Buffer.concat([header(type, png.length + 8), png]));
  const length = chunks.reduce((sum, c) => sum + c.length, 8);
  return Buffer.concat([header('icns', length), ...chunks]);
}

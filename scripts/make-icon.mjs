// Draws build/icon.png (512x512 RGBA): a key on a blue-violet rounded square.
// Shapes are signed distance fields, so edges come out anti-aliased with no image library.
// Run: node scripts/make-icon.mjs  (deterministic; commit the PNG it writes)
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 512;
const FROM = [59, 108, 246]; // #3b6cf6, the app's accent
const TO = [124, 77, 255]; // #7c4dff

const clamp = (value, low, high) => Math.min(high, Math.max(low, value));

function roundedSquare(x, y, half, radius) {
  const qx = Math.abs(x - SIZE / 2) - half + radius;
  const qy = Math.abs(y - SIZE / 2) - half + radius;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function capsule(x, y, [ax, ay], [bx, by], radius) {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
  const t = clamp((px * dx + py * dy) / (dx * dx + dy * dy), 0, 1);
  return Math.hypot(px - dx * t, py - dy * t) - radius;
}

function ring(x, y, [cx, cy], radius, width) {
  return Math.abs(Math.hypot(x - cx, y - cy) - radius) - width / 2;
}

// The key: a ring at the top left, a shaft to the bottom right, two teeth off the shaft.
function key(x, y) {
  return Math.min(
    ring(x, y, [190, 190], 70, 44),
    capsule(x, y, [248, 248], [392, 392], 22),
    capsule(x, y, [330, 330], [366, 294], 20),
    capsule(x, y, [376, 376], [404, 348], 20),
  );
}

function pixel(x, y) {
  const cover = (distance) => clamp(0.5 - distance, 0, 1);
  const base = cover(roundedSquare(x, y, 236, 104));
  const glyph = cover(key(x, y));
  const t = (x + y) / (2 * SIZE);
  const tint = FROM.map((from, i) => from + (TO[i] - from) * t);
  const rgb = tint.map((channel) => Math.round(channel + (255 - channel) * glyph));
  return [...rgb, Math.round(255 * base)];
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes the icon as PNG bytes. */
export function makeIcon() {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y += 1) {
    const row = y * (SIZE * 4 + 1); // each row starts with filter byte 0 (none)
    for (let x = 0; x < SIZE; x += 1) {
      // Sample at the pixel centre.
      raw.set(pixel(x + 0.5, y + 0.5), row + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../build/icon.png', import.meta.url));
  writeFileSync(target, makeIcon());
  console.log(`wrote ${target}`);
}

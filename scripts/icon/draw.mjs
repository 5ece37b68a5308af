// The drawing behind every icon: a key on a blue-violet rounded square, as signed distance
// fields in a 512-unit design space. Distances are scaled to pixels at each size, so every
// size is drawn from the same shapes (crisp edges, anti-aliased) instead of being downscaled.
import { Buffer } from 'node:buffer';

const DESIGN = 512;
const FROM = [59, 108, 246]; // #3b6cf6, the app's accent
const TO = [124, 77, 255]; // #7c4dff

const clamp = (value, low, high) => Math.min(high, Math.max(low, value));

function roundedSquare(x, y, half, radius) {
  const qx = Math.abs(x - DESIGN / 2) - half + radius;
  const qy = Math.abs(y - DESIGN / 2) - half + radius;
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

// Coverage of a pixel by a shape whose edge is `distance` pixels away (box filter).
const cover = (distance) => clamp(0.5 - distance, 0, 1);

/** The app icon's colour at a design point, with `scale` pixels per design unit. */
function appPixel(x, y, scale) {
  const base = cover(roundedSquare(x, y, 236, 104) * scale);
  const glyph = cover(key(x, y) * scale);
  const t = (x + y) / (2 * DESIGN);
  const tint = FROM.map((from, i) => from + (TO[i] - from) * t);
  const rgb = tint.map((channel) => Math.round(channel + (255 - channel) * glyph));
  return [...rgb, Math.round(255 * base)];
}

// macOS template images are black, their shape carried by alpha alone: the menu bar tints them.
function templatePixel(x, y, scale) {
  return [0, 0, 0, Math.round(255 * cover(key(x, y) * scale))];
}

// The key's bounding box (ring to the far tooth) is about 98..424 by 98..414 design units;
// the tray glyph centres it and lets it fill 90% of the image.
const APP_VIEW = { cx: DESIGN / 2, cy: DESIGN / 2, span: DESIGN };
const KEY_VIEW = { cx: 261, cy: 256, span: 330 / 0.9 };

function render(size, view, shade) {
  const rgba = Buffer.alloc(size * size * 4);
  const unitsPerPixel = view.span / size;
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      // Sample at the pixel centre.
      const x = view.cx + (col + 0.5 - size / 2) * unitsPerPixel;
      const y = view.cy + (row + 0.5 - size / 2) * unitsPerPixel;
      rgba.set(shade(x, y, 1 / unitsPerPixel), (row * size + col) * 4);
    }
  }
  return rgba;
}

/** The app icon at `size` px square, as straight (not premultiplied) RGBA rows. */
export function drawAppIcon(size) {
  return render(size, APP_VIEW, appPixel);
}

/** The key alone, black with alpha, at `size` px square: a macOS tray template image. */
export function drawTrayTemplate(size) {
  return render(size, KEY_VIEW, templatePixel);
}

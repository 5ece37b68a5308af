// Every file `npm run icon` writes under build/, by path: the one drawing in draw.mjs rendered
// at each size the platforms ask for, then encoded for each of them.
import { drawAppIcon, drawTrayTemplate } from './draw.mjs';
import { ICNS_TYPES, encodeIcns } from './icns.mjs';
import { encodeIco } from './ico.mjs';
import { encodePng } from './png.mjs';

// Linux desktop icons (hicolor sizes) for linux.icon; electron-builder reads the size from the name.
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
// The .exe's and the installer's icon: Explorer's small to extra-large views.
const APP_ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// The notification area at 100% to 300% display scaling (16 px small icons, scaled).
const TRAY_ICO_SIZES = [16, 20, 24, 32, 40, 48];

const png = (size, draw) => encodePng(size, draw(size));
const images = (sizes) => sizes.map((size) => ({ size, rgba: drawAppIcon(size) }));

/** Renders every icon file; keys are paths relative to build/, values their bytes. */
export function iconFiles() {
  const files = new Map();
  // The master image: electron-builder's fallback, the window's logo and the preview favicon.
  files.set('icon.png', png(512, drawAppIcon));
  for (const size of LINUX_SIZES) files.set(`icons/${size}x${size}.png`, png(size, drawAppIcon));
  files.set('icon.ico', encodeIco(images(APP_ICO_SIZES)));
  files.set(
    'icon.icns',
    encodeIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: png(size, drawAppIcon) }))),
  );
  // The tray: a template pair for the macOS menu bar (Electron picks @2x on Retina screens and
  // tints the black glyph for light or dark bars), the coloured icon for Linux panels (22 px is
  // the common panel size) and an .ico for Windows.
  files.set('tray/trayTemplate.png', png(16, drawTrayTemplate));
  files.set('tray/trayTemplate@2x.png', png(32, drawTrayTemplate));
  files.set('tray/tray.png', png(22, drawAppIcon));
  files.set('tray/tray@2x.png', png(44, drawAppIcon));
  files.set('tray/tray.ico', encodeIco(images(TRAY_ICO_SIZES)));
  return files;
}

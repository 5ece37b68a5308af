// The tray's icon per platform, drawn by `npm run icon` into build/tray/: a template image on
// macOS (the menu bar tints it; the @2x file beside it is picked up for Retina), a colour PNG on
// Linux, an .ico on Windows. Packaged, build/tray ships as <resources>/tray.
import { app, nativeImage, type NativeImage } from 'electron';
import { join } from 'node:path';

const FILES: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'trayTemplate.png',
  win32: 'tray.ico',
};

/** The folder holding the tray images, packaged or not. */
function trayFolder(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'tray')
    : join(app.getAppPath(), 'build', 'tray');
}

/** The tray icon for this platform. */
export function trayIcon(platform: NodeJS.Platform = process.platform): NativeImage {
  const image = nativeImage.createFromPath(join(trayFolder(), FILES[platform] ?? 'tray.png'));
  if (platform === 'darwin') image.setTemplateImage(true);
  return image;
}

// The tray's icon per platform: a template image on macOS (the menu bar tints it), the app's
// colour icon scaled down elsewhere. electron-vite copies the image next to the main bundle.
import { nativeImage, type NativeImage } from 'electron';
import iconPath from '../../../build/icon.png?asset';

/** The tray icon for this platform (16 px on macOS as a template; 22 px on Linux; 16 px on Windows). */
export function trayIcon(platform: NodeJS.Platform = process.platform): NativeImage {
  const size = platform === 'linux' ? 22 : 16;
  const image = nativeImage
    .createFromPath(iconPath)
    .resize({ width: size, height: size, quality: 'best' });
  if (platform === 'darwin') image.setTemplateImage(true);
  return image;
}

// Where the renderer comes from: the packaged index.html, or electron-vite's dev server.
// Navigation guards and the IPC sender check both ask "is this URL the app?" here.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The renderer's source: a file on disk (packaged, `npm start`) or a dev server URL. */
export type RendererLocation =
  { kind: 'file'; path: string; url: string } | { kind: 'dev-server'; url: string; origin: string };

/** The bundled preload, next to the main bundle in out/. */
export const PRELOAD_PATH = join(__dirname, '../preload/index.js');

/** Picks the dev server only in an unpackaged run that electron-vite started (its convention). */
export function resolveRendererLocation(
  isPackaged: boolean,
  devServerUrl: string | undefined,
): RendererLocation {
  if (!isPackaged && devServerUrl) {
    const url = new URL(devServerUrl);
    return { kind: 'dev-server', url: url.href, origin: url.origin };
  }
  const path = join(__dirname, '../renderer/index.html');
  return { kind: 'file', path, url: pathToFileURL(path).href };
}

/** True when a URL is the app's own page (query and hash ignored). */
export function isAppUrl(location: RendererLocation, candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (location.kind === 'dev-server') return url.origin === location.origin;
  // For file: URLs the origin is opaque, so compare the exact file instead.
  url.search = '';
  url.hash = '';
  return url.href === location.url;
}

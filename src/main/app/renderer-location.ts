// Where the renderer comes from: the built bundle on the app:// scheme, or electron-vite's dev
// server. Navigation guards and the IPC sender check both ask "is this URL the app?" here.
import { join } from 'node:path';
import { APP_HOST, APP_INDEX_URL, APP_ORIGIN, APP_SCHEME } from '../protocol/app-scheme';

/** The renderer's source: the built bundle on app:// (packaged, `npm start`) or a dev server. */
export type RendererLocation =
  | { kind: 'app-scheme'; url: string; origin: string; root: string }
  | { kind: 'dev-server'; url: string; origin: string };

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
  // out/renderer, beside out/main: what app:// serves and nothing outside it.
  const root = join(__dirname, '../renderer');
  return { kind: 'app-scheme', url: APP_INDEX_URL, origin: APP_ORIGIN, root };
}

/** True when a URL is a page of the app's own origin (any path; app:// serves only the bundle). */
export function isAppUrl(location: RendererLocation, candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (location.kind === 'dev-server') return url.origin === location.origin;
  // Node's URL gives a custom scheme an opaque origin ("null"), so compare its parts instead.
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

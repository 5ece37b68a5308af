// The app:// scheme in plain Node: which file of the built renderer a request URL names, and
// its content type. Every check that keeps a request inside the renderer folder lives here, so
// it is unit-tested without Electron; main/app/setup-app-protocol.ts only wraps it in a Response.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** The scheme the packaged renderer is served on. */
export const APP_SCHEME = 'app';
/** The one host app:// answers for; any other host is refused. */
export const APP_HOST = 'bundle';
/** The renderer's origin: what `'self'` in the CSP and the IPC sender check mean. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

// What the built renderer holds; anything else is served as bytes the page cannot run.
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A request mapped to a file under the renderer folder, or refused with the reason. */
export type AppFileTarget =
  { ok: true; path: string; contentType: string } | { ok: false; reason: string };

/** A file read for a request, or why there is none (the handler answers 404). */
export type AppFileResult =
  { ok: true; body: Buffer; contentType: string } | { ok: false; reason: string };

const refuse = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

// The path part of the URL as the renderer sent it, before any URL parser folds `..` or
// `%2e%2e` away: a request that tries traversal is refused, not quietly rewritten.
function rawPath(requestUrl: string): string {
  const hostAndPath = requestUrl.slice(`${APP_SCHEME}://`.length).split(/[?#]/, 1)[0] ?? '';
  const slash = hostAndPath.indexOf('/');
  return slash === -1 ? '' : hostAndPath.slice(slash);
}

// Each segment decoded once; null when one could leave the folder or name a drive or device.
function safeSegments(path: string): string[] | null {
  if (path === '' || path === '/') return ['index.html'];
  const segments = path.slice(1).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    let text: string;
    try {
      text = decodeURIComponent(segment);
    } catch {
      return null; // malformed %-escape
    }
    if (text === '' || text === '.' || text === '..') return null;
    if (/[/\\\0:]/.test(text)) return null; // encoded separators, NUL, drive letters, streams
    decoded.push(text);
  }
  return decoded;
}

/** Maps an app:// request URL to a file under `rootDir`, refusing anything that could escape. */
export function resolveAppFile(requestUrl: string, rootDir: string): AppFileTarget {
  if (!requestUrl.toLowerCase().startsWith(`${APP_SCHEME}://`)) return refuse('not app://');
  // Chromium turns a literal backslash into a slash; a raw one or a NUL here is an attack.
  if (/[\\\0]/.test(requestUrl)) return refuse('backslash or NUL in the URL');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse('not a URL');
  }
  if (url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return refuse(`host ${JSON.stringify(url.host)} is not ${APP_HOST}`);
  }
  const segments = safeSegments(rawPath(requestUrl));
  if (!segments) return refuse('the path leaves the renderer folder or is not a plain path');
  const root = resolve(rootDir);
  const path = resolve(root, ...segments);
  // Belt and braces: whatever the checks above missed, the file must sit inside the folder.
  if (!path.startsWith(root + sep)) return refuse('the path resolves outside the renderer folder');
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  return { ok: true, path, contentType };
}

/** Reads the file an app:// request names; a refused URL or a missing file is not found. */
export async function readAppFile(requestUrl: string, rootDir: string): Promise<AppFileResult> {
  const target = resolveAppFile(requestUrl, rootDir);
  if (!target.ok) return target;
  try {
    return { ok: true, body: await readFile(target.path), contentType: target.contentType };
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return refuse(`${code} reading ${target.path}`);
  }
}

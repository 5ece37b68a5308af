// Serves files from the built renderer folder, and nothing outside it.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A file ready to send. */
export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Reads `urlPath` under `root`; null when missing, a folder, or outside root. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const base = resolve(root);
  const path = resolve(base, `.${decoded}`);
  // resolve() has already folded any '..': what is left must still sit inside root.
  if (!path.startsWith(base + sep) || decoded.includes('\0')) return null;
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  const contentType = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
  return { body: await readFile(path), contentType };
}

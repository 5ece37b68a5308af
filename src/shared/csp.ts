// The renderer's Content Security Policy, in one place: index.html's <meta>, the header main
// adds, the dev server and the preview host all derive from it (a unit test pins the <meta>).

/** Directive → sources. Nothing is allowed unless listed here. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/** The packaged app: only its own files, no network at all (main makes every call). */
export const APP_CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Renders directives as a policy string. */
export function renderCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy of the packaged renderer. */
export const APP_CSP = renderCsp(APP_CSP_DIRECTIVES);

/** Vite's dev server injects inline scripts/styles for hot reload and talks over a websocket. */
export const DEV_CSP = renderCsp({
  ...APP_CSP_DIRECTIVES,
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'", 'ws:'],
});

/** The preview host's bridge calls it over HTTP (same origin), unlike Electron's IPC. */
export const PREVIEW_CSP = renderCsp({ ...APP_CSP_DIRECTIVES, 'connect-src': ["'self'"] });

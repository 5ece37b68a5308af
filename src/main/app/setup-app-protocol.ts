// The renderer is served on app://bundle instead of file://: a file: page can read any other
// file: URL and has an opaque origin, while app:// is one origin holding only the built bundle.
// Which file a request names is decided in plain Node (main/protocol/app-scheme.ts).
import { protocol, type Session } from 'electron';
import { APP_SCHEME, readAppFile } from '../protocol/app-scheme';
import { appLog } from './app-log';

/** Before ready: makes app:// a standard, secure origin that `fetch` and module scripts accept. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After ready: answers app:// in one session from the renderer folder, with the CSP header. */
export function handleAppScheme(session: Session, rootDir: string, csp: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const security = { 'content-security-policy': csp, 'x-content-type-options': 'nosniff' };
    // The bundle is read-only: nothing the page sends may be anything but a read.
    const file =
      request.method === 'GET' || request.method === 'HEAD'
        ? await readAppFile(request.url, rootDir)
        : { ok: false as const, reason: `method ${request.method}` };
    if (!file.ok) {
      appLog().warn(`app-scheme: not found ${JSON.stringify(request.url)} (${file.reason})`);
      return new Response('Not found', {
        status: 404,
        headers: { ...security, 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    return new Response(file.body, { headers: { ...security, 'content-type': file.contentType } });
  });
}

// Turns the built index.html into the preview page: the bridge script goes in ahead of the
// app's module script, and the CSP allows same-origin fetches (IPC becomes HTTP here).
import { APP_CSP, PREVIEW_CSP } from '../shared/csp';
import { BRIDGE_PATH } from './bridge-script';

/** Rewrites the built index.html for the preview host; throws if it is not the app's page. */
export function previewHtml(builtHtml: string): string {
  if (!builtHtml.includes(APP_CSP)) {
    throw new Error('out/renderer/index.html does not carry the app CSP; rebuild the renderer.');
  }
  // After the CSP <meta> so the policy covers it; a classic script still runs before the
  // deferred module script that starts React.
  return builtHtml
    .replace(APP_CSP, PREVIEW_CSP)
    .replace('</head>', `  <script src="${BRIDGE_PATH}"></script>\n  </head>`);
}

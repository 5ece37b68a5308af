// The page the browser shows after Cognito sends it back to this computer. It holds one sentence
// and nothing secret (the code stays in the address bar only until the tab is closed), loads
// nothing, and may not be cached, framed or leak a Referer.
import { PRODUCT_NAME } from '../../shared/product';

/** The headers of every answer the loopback listener sends. */
export const CALLBACK_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to put between HTML tags. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The whole page: a heading (by default whether the sign-in worked) and one sentence (escaped). */
export function callbackPage(outcome: { ok: boolean; sentence: string; title?: string }): string {
  const title = escapeHtml(outcome.title ?? (outcome.ok ? 'Signed in' : 'Sign-in failed'));
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title} - ${PRODUCT_NAME}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em}</style></head>
<body><h1>${title}</h1><p>${escapeHtml(outcome.sentence)}</p></body>
</html>
`;
}

/** The sentence shown after a successful sign-in. */
export const SIGNED_IN_SENTENCE = `${PRODUCT_NAME} has your tokens. You can close this tab.`;

// Which address a browser sign-in may hand to the user's browser: the authorize page of the
// profile's own managed-login domain, nothing else. The address is built by the app from the
// profile, so this is the last check before the OS opens something, not the first.
import { isLoopbackHost } from '../../shared/sign-in-kinds';

// Longer than any authorize URL the app builds (scopes are capped); keeps odd megabyte URLs
// away from the OS handler.
const MAX_URL_LENGTH = 8192;

function parse(candidate: string): URL | null {
  try {
    return new URL(candidate);
  } catch {
    return null;
  }
}

/**
 * True when `candidate` is `${domain}/oauth2/authorize?…` for the profile's managed-login
 * `domain`: https, or plain http to this computer only (a local test server).
 */
export function isSignInPageUrl(candidate: string, domain: string | undefined): boolean {
  if (domain === undefined || candidate.length > MAX_URL_LENGTH) return false;
  const url = parse(candidate);
  const home = parse(domain);
  if (!url || !home) return false;
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  // Credentials in a link are phishing bait ("https://a.example@evil.example" is evil.example).
  if (!secure || url.username !== '' || url.password !== '') return false;
  return url.origin === home.origin && url.pathname === '/oauth2/authorize' && url.hash === '';
}

// Which links the window may hand to the user's browser. The window itself never opens another
// page; a link to one of these https hosts goes to the OS browser instead, and anything else
// (http, file:, custom schemes that launch programs, unknown hosts) is dropped.
import { isRegion } from '../../shared/pool-id';

/** Hosts the app links to: AWS docs and console, the project's code host. */
export const EXTERNAL_HOSTS: readonly string[] = [
  'docs.aws.amazon.com',
  'console.aws.amazon.com',
  'github.com',
];

// A user pool's hosted UI: "<prefix>.auth.<region>.amazoncognito.com".
const HOSTED_UI = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.auth\.([a-z0-9-]+)\.amazoncognito\.com$/;
// The console redirects to regional hosts: "<region>.console.aws.amazon.com".
const REGIONAL_CONSOLE = /^([a-z0-9-]+)\.console\.aws\.amazon\.com$/;

// Longer than any link the app shows; keeps odd megabyte URLs away from the OS handler.
const MAX_URL_LENGTH = 2048;

function isAllowedHost(hostname: string): boolean {
  if (EXTERNAL_HOSTS.includes(hostname)) return true;
  const hostedUi = HOSTED_UI.exec(hostname);
  if (hostedUi?.[1] && isRegion(hostedUi[1])) return true;
  const regional = REGIONAL_CONSOLE.exec(hostname);
  return Boolean(regional?.[1] && isRegion(regional[1]));
}

/** True when a URL may be opened in the user's browser: https, default port, an allowed host. */
export function isAllowedExternalUrl(candidate: string): boolean {
  if (candidate.length > MAX_URL_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  // Credentials in a link are phishing bait ("https://github.com@evil.example" is evil.example).
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  if (url.port !== '') return false;
  return isAllowedHost(url.hostname);
}

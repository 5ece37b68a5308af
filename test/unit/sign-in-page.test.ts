// Which address a browser sign-in may hand to the OS browser: only the profile's own
// managed-login authorize page, https, or plain http to this computer.
import { describe, expect, it } from 'vitest';
import { isSignInPageUrl } from '../../src/main/protocol/sign-in-page';

const DOMAIN = 'https://myapp.auth.eu-west-1.amazoncognito.com';
const PAGE = `${DOMAIN}/oauth2/authorize?response_type=code&client_id=abc&state=s1`;

describe('isSignInPageUrl', () => {
  it('allows the authorize page of the profile domain, and of a loopback test server', () => {
    expect(isSignInPageUrl(PAGE, DOMAIN)).toBe(true);
    expect(isSignInPageUrl(PAGE, `${DOMAIN}/`)).toBe(true);
    expect(
      isSignInPageUrl('http://127.0.0.1:4567/oauth2/authorize?x=1', 'http://127.0.0.1:4567'),
    ).toBe(true);
  });

  it.each([
    ['another domain', 'https://evil.example/oauth2/authorize?x=1'],
    ['another path', `${DOMAIN}/logout?client_id=abc`],
    ['plain http off this computer', PAGE.replace('https:', 'http:')],
    ['credentials in the address', PAGE.replace('https://', 'https://user:pw@')],
    ['a fragment', `${PAGE}#x`],
    ['a program-launching scheme', 'vscode://oauth2/authorize'],
    ['not a URL', 'authorize please'],
    ['a megabyte of address', `${PAGE}&pad=${'x'.repeat(1024 * 1024)}`],
  ])('refuses %s', (_label, url) => {
    expect(isSignInPageUrl(url, DOMAIN)).toBe(false);
  });

  it('refuses everything when the profile has no domain, or a loopback domain on another port', () => {
    expect(isSignInPageUrl(PAGE, undefined)).toBe(false);
    expect(isSignInPageUrl('http://127.0.0.1:4568/oauth2/authorize', 'http://127.0.0.1:4567')).toBe(
      false,
    );
  });
});

// Only https links to the listed hosts reach the user's browser; the rest are dropped.
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../src/main/protocol/external-links';

describe('external links', () => {
  it.each([
    'https://docs.aws.amazon.com/cognito/latest/developerguide/what-is-amazon-cognito.html',
    'https://console.aws.amazon.com/cognito/v2/idp/user-pools',
    'https://us-east-1.console.aws.amazon.com/cognito/v2/idp/user-pools?region=us-east-1',
    'https://github.com/',
    'https://my-app.auth.eu-central-1.amazoncognito.com/login?client_id=abc',
    'https://x.auth.us-gov-west-1.amazoncognito.com/oauth2/authorize',
    'https://GitHub.com/',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['http', 'http://docs.aws.amazon.com/'],
    ['file', 'file:///etc/passwd'],
    ['a program-launching scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['javascript', 'javascript:alert(1)'],
    ['the app scheme', 'app://bundle/index.html'],
    ['an unknown host', 'https://example.com/'],
    ['a look-alike suffix', 'https://github.com.evil.example/'],
    ['a look-alike prefix', 'https://evilgithub.com/'],
    ['a subdomain not listed', 'https://gist.github.com/'],
    ['credentials before the host', 'https://github.com@evil.example/'],
    ['credentials for an allowed host', 'https://user:pw@github.com/'],
    ['another port', 'https://github.com:8443/'],
    ['a trailing-dot host', 'https://github.com./'],
    ['a hosted UI in no region', 'https://x.auth.nowhere.amazoncognito.com/'],
    ['a hosted UI without prefix', 'https://auth.us-east-1.amazoncognito.com/'],
    ['a console in no region', 'https://evil.console.aws.amazon.com/'],
    ['an IP address', 'https://127.0.0.1/'],
    ['not a URL', 'github.com'],
    ['a huge URL', `https://github.com/${'a'.repeat(5000)}`],
  ])('drops %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

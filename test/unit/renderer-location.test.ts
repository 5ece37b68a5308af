// "Is this URL the app?" decides navigation and IPC trust, so pin its edges.
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveRendererLocation } from '../../src/main/app/renderer-location';

describe('renderer location', () => {
  it('uses the dev server only in an unpackaged run that names one', () => {
    expect(resolveRendererLocation(false, 'http://localhost:5173/')).toMatchObject({
      kind: 'dev-server',
      origin: 'http://localhost:5173',
    });
    expect(resolveRendererLocation(true, 'http://localhost:5173/').kind).toBe('file');
    expect(resolveRendererLocation(false, undefined).kind).toBe('file');
  });

  it('trusts the packaged page exactly, ignoring query and hash', () => {
    const location = resolveRendererLocation(true, undefined);
    expect(location.url).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect(isAppUrl(location, `${location.url}#/profiles`)).toBe(true);
    expect(isAppUrl(location, `${location.url}?x=1`)).toBe(true);
    expect(isAppUrl(location, location.url.replace('index.html', 'other.html'))).toBe(false);
    expect(isAppUrl(location, 'file:///etc/passwd')).toBe(false);
    expect(isAppUrl(location, 'https://example.com/')).toBe(false);
    expect(isAppUrl(location, 'not a url')).toBe(false);
  });

  it('trusts the dev server by origin only', () => {
    const location = resolveRendererLocation(false, 'http://localhost:5173/');
    expect(isAppUrl(location, 'http://localhost:5173/src/index.html')).toBe(true);
    expect(isAppUrl(location, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(location, 'http://localhost.evil.example:5173/')).toBe(false);
  });
});

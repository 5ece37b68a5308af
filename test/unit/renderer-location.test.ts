// "Is this URL the app?" decides navigation and IPC trust, so pin its edges.
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveRendererLocation } from '../../src/main/app/renderer-location';

describe('renderer location', () => {
  it('uses the dev server only in an unpackaged run that names one', () => {
    expect(resolveRendererLocation(false, 'http://localhost:5173/')).toMatchObject({
      kind: 'dev-server',
      origin: 'http://localhost:5173',
    });
    expect(resolveRendererLocation(true, 'http://localhost:5173/').kind).toBe('app-scheme');
    expect(resolveRendererLocation(false, undefined).kind).toBe('app-scheme');
    expect(resolveRendererLocation(false, '').kind).toBe('app-scheme');
  });

  it('loads a build from app://bundle, served from the renderer folder beside main', () => {
    const location = resolveRendererLocation(true, undefined);
    expect(location).toMatchObject({
      kind: 'app-scheme',
      url: 'app://bundle/index.html',
      origin: 'app://bundle',
    });
    expect(location.kind === 'app-scheme' && location.root).toMatch(/renderer$/);
  });

  it('trusts the app origin only, whatever the path, query or hash', () => {
    const location = resolveRendererLocation(true, undefined);
    expect(isAppUrl(location, 'app://bundle/index.html#/profiles')).toBe(true);
    expect(isAppUrl(location, 'app://bundle/index.html?x=1')).toBe(true);
    expect(isAppUrl(location, 'app://bundle/other.html')).toBe(true);
    expect(isAppUrl(location, 'app://evil/index.html')).toBe(false);
    expect(isAppUrl(location, 'app://bundle.evil/index.html')).toBe(false);
    expect(isAppUrl(location, 'app://bundle:1/index.html')).toBe(false);
    expect(isAppUrl(location, 'app://x@bundle/index.html')).toBe(false);
    expect(isAppUrl(location, 'apps://bundle/index.html')).toBe(false);
    expect(isAppUrl(location, 'file:///etc/passwd')).toBe(false);
    expect(isAppUrl(location, 'https://example.com/')).toBe(false);
    expect(isAppUrl(location, 'not a url')).toBe(false);
  });

  it('trusts the dev server by origin only', () => {
    const location = resolveRendererLocation(false, 'http://localhost:5173/');
    expect(isAppUrl(location, 'http://localhost:5173/src/index.html')).toBe(true);
    expect(isAppUrl(location, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(location, 'http://localhost.evil.example:5173/')).toBe(false);
    expect(isAppUrl(location, 'app://bundle/index.html')).toBe(false);
  });
});

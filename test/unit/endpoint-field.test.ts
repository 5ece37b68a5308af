// The endpoint rule: https anywhere, plain http only to this computer, with the one loopback
// definition the managed-login domain uses too; a stored endpoint from before the rule still
// loads (it is refused at use, not rewritten).
import { describe, expect, it } from 'vitest';
import { loopbackAddress } from '../../src/main/oauth/loopback-listener';
import { isSignInPageUrl } from '../../src/main/protocol/sign-in-page';
import { domainOrigin } from '../../src/shared/sign-in-fields';
import {
  endpointProblem,
  isLoopbackHost,
  ProfileInputSchema,
  ProfilePatchSchema,
  ProfileSchema,
} from '../../src/shared/profile';

const base = { name: 'x', userPoolId: 'eu-west-1_Abc1', clientId: 'abc', username: 'ada' };

describe('the endpoint of a profile', () => {
  it.each([
    'https://cognito.example.com',
    'http://127.0.0.1:9229',
    'http://127.0.0.2:9229',
    'http://localhost:9229',
    'http://[::1]:9229',
  ])('accepts %s, as the domain rule does', (endpoint) => {
    expect(ProfileInputSchema.safeParse({ ...base, endpoint }).success).toBe(true);
    expect(ProfilePatchSchema.safeParse({ endpoint }).success).toBe(true);
    expect(endpointProblem(endpoint)).toBeNull();
    expect('origin' in domainOrigin(endpoint)).toBe(true);
  });

  it.each(['http://cognito.example.com', 'http://10.0.0.5:9229', 'http://0.0.0.0:9229'])(
    'refuses %s for new profiles and edits, with one sentence',
    (endpoint) => {
      const parsed = ProfileInputSchema.safeParse({ ...base, endpoint });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/plain http to another computer.*https/);
      expect(ProfilePatchSchema.safeParse({ endpoint }).success).toBe(false);
      expect('problem' in domainOrigin(endpoint)).toBe(true);
    },
  );

  it('still loads one stored before the rule, unchanged', () => {
    const stored = { ...base, id: 'p1', endpoint: 'http://cognito.example.com/' };
    expect(ProfileSchema.parse(stored).endpoint).toBe('http://cognito.example.com/');
  });

  it('uses one definition of this computer everywhere', () => {
    for (const host of [
      'localhost',
      '127.0.0.1',
      '127.8.9.10',
      '[::1]',
      '128.0.0.1',
      'a.example',
    ]) {
      const local = isLoopbackHost(host);
      // The redirect listener binds only to this computer.
      expect(listens(`http://${host}:8976/callback`), host).toBe(local);
      // The browser opens a plain http sign-in page only on this computer.
      const origin = `http://${host}:9`;
      expect(isSignInPageUrl(`${origin}/oauth2/authorize?client_id=c`, origin), host).toBe(local);
    }
  });
});

/** True when a browser sign-in would listen on this redirect URI. */
function listens(redirectUri: string): boolean {
  try {
    loopbackAddress(redirectUri);
    return true;
  } catch {
    return false;
  }
}

// The endpoint rule: https anywhere, plain http only to this computer, with the one loopback
// definition the managed-login domain uses too; a stored endpoint from before the rule still
// loads (it is refused at use, not rewritten).
import { describe, expect, it } from 'vitest';
import { isLoopbackHost as oauthLoopback } from '../../src/main/oauth/client-config';
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
    expect(oauthLoopback).toBe(isLoopbackHost);
  });
});

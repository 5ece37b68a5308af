// The profile form's help: an empty field says it is needed; a pasted pool ARN or issuer URL is
// read as the pool id; a region Cognito is not in gets the nearest real one as advice.
import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, validate } from '../../src/renderer/profiles/form-model';
import { regionAdvice, withRegion } from '../../src/renderer/profiles/region-advice';
import { poolIdFromPaste } from '../../src/shared/pool-id';

describe('empty fields', () => {
  it('say they are needed instead of calling "" a wrong value', () => {
    const errors = validate({ ...EMPTY_FORM });
    expect(errors.name).toBe('A profile name is needed.');
    expect(errors.userPoolId).toBe('The user pool id is needed (such as eu-west-1_AbC123).');
    expect(errors.clientId).toBe('The app client id is needed.');
    expect(Object.values(errors).join(' ')).not.toContain('""');
  });
});

describe('a pasted pool id', () => {
  it('is read from a pool ARN, in any partition', () => {
    expect(
      poolIdFromPaste('arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC123'),
    ).toEqual({ poolId: 'eu-west-1_AbC123', from: 'ARN' });
    expect(
      poolIdFromPaste(
        ' arn:aws-us-gov:cognito-idp:us-gov-west-1:123456789012:userpool/us-gov-west-1_X1 ',
      ),
    ).toEqual({ poolId: 'us-gov-west-1_X1', from: 'ARN' });
  });

  it('is read from an issuer URL, with or without a .well-known path', () => {
    for (const url of [
      'https://cognito-idp.us-east-2.amazonaws.com/us-east-2_Iss9',
      'https://cognito-idp.us-east-2.amazonaws.com/us-east-2_Iss9/',
      'https://cognito-idp.us-east-2.amazonaws.com/us-east-2_Iss9/.well-known/openid-configuration',
    ]) {
      expect(poolIdFromPaste(url)).toEqual({ poolId: 'us-east-2_Iss9', from: 'issuer URL' });
    }
  });

  it('is not made up from anything else', () => {
    for (const text of [
      'eu-west-1_AbC123',
      'https://evil.example/eu-west-1_AbC123',
      'arn:aws:s3:::bucket/eu-west-1_AbC123',
      'http://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123',
    ]) {
      expect(poolIdFromPaste(text)).toBeNull();
    }
  });
});

describe('region advice', () => {
  it('suggests the nearest region Cognito is in for a typo', () => {
    expect(regionAdvice('eu-wset-1_Abc')).toEqual({ region: 'eu-wset-1', suggestion: 'eu-west-1' });
    expect(regionAdvice('us-east-3_Abc')?.suggestion).toMatch(/^us-east-[12]$/);
    expect(withRegion('eu-wset-1_Abc', 'eu-west-1')).toBe('eu-west-1_Abc');
  });

  it('says nothing for a known region or no region, and suggests nothing far away', () => {
    expect(regionAdvice('eu-west-1_Abc')).toBeNull();
    expect(regionAdvice('local_Abc')).toBeNull();
    expect(regionAdvice('zz-nowhere-9_Abc')).toEqual({ region: 'zz-nowhere-9', suggestion: null });
  });
});

// The choice flow's flags and fields: --flow choice and --preferred-challenge on the stateless
// login and profiles add/edit, and the preferred method kept by a profile export.
import { describe, expect, it } from 'vitest';
import { fieldsFromFlags } from '../../src/cli/commands/profiles/profile-flags';
import { parseLoginOptions } from '../../src/cli/commands/login/login-options';
import { buildExport } from '../../src/main/profiles/export-file';
import { ProfileSchema } from '../../src/shared/profile';

const CONNECTION = ['--pool-id', 'eu-west-1_AbC123', '--client-id', 'abc', '--username', 'ada'];

function usageSentence(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('--flow choice and --preferred-challenge', () => {
  it('parses the stateless login, the method in any case', () => {
    const options = parseLoginOptions([
      ...CONNECTION,
      '--flow',
      'choice',
      '--preferred-challenge',
      'email_otp',
    ]);
    expect([options.flow, options.preferredChallenge]).toEqual(['choice', 'EMAIL_OTP']);
  });

  it('refuses a method this app cannot walk, and a preference without the choice flow', () => {
    expect(
      usageSentence(() =>
        parseLoginOptions([
          ...CONNECTION,
          '--flow',
          'choice',
          '--preferred-challenge',
          'WEB_AUTHN',
        ]),
      ),
    ).toBe('--preferred-challenge must be one of EMAIL_OTP, SMS_OTP, PASSWORD, PASSWORD_SRP.');
    expect(
      usageSentence(() => parseLoginOptions([...CONNECTION, '--preferred-challenge', 'SMS_OTP'])),
    ).toBe('--preferred-challenge needs --flow choice.');
    expect(usageSentence(() => parseLoginOptions([...CONNECTION, '--flow', 'magic']))).toBe(
      '--flow must be srp (the default), password or choice.',
    );
  });

  it('sets and clears the preferred method of a profile', () => {
    expect(fieldsFromFlags({ flow: 'choice', 'preferred-challenge': 'SMS_OTP' })).toEqual({
      authFlow: 'choice',
      preferredChallenge: 'SMS_OTP',
    });
    expect(fieldsFromFlags({ 'preferred-challenge': '' })).toEqual({ preferredChallenge: null });
  });

  it('exports the preferred method with the profile', () => {
    const profile = ProfileSchema.parse({
      id: 'p-1',
      name: 'Dev',
      userPoolId: 'eu-west-1_AbC123',
      clientId: 'abc',
      username: 'ada',
      authFlow: 'choice',
      preferredChallenge: 'EMAIL_OTP',
    });
    expect(buildExport([profile]).profiles[0]).toMatchObject({
      authFlow: 'choice',
      preferredChallenge: 'EMAIL_OTP',
    });
  });
});

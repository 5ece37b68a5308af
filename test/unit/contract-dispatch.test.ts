// Failures of an operation reach the renderer as a code and a sentence: the engine's, the
// store's (with one sentence per bad field) and the keychain's; anything else stays in the log.
import { describe, expect, it } from 'vitest';
import { AuthError, ProfileError, VaultError } from '../../src/shared/errors';
import { dispatch, type ContractHandlers } from '../../src/main/handlers/dispatch';
import { handlersWith } from '../support/contract-handlers';

const logged: unknown[] = [];
const log = { warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };

function failingWith(error: unknown): ContractHandlers {
  return handlersWith({
    'ctm:app-info': () => {
      throw error;
    },
  });
}

describe('dispatch turns failures into values', () => {
  it('passes AuthError, VaultError and ProfileError sentences through', async () => {
    const auth = new AuthError('wrong-credentials', 'Incorrect username or password.');
    expect(await dispatch('ctm:app-info', {}, failingWith(auth), log)).toEqual({
      ok: false,
      error: { code: 'wrong-credentials', message: 'Incorrect username or password.' },
    });
    const vault = new VaultError('locked', 'The keychain is locked: unlock it and try again.');
    expect(await dispatch('ctm:app-info', {}, failingWith(vault), log)).toMatchObject({
      error: { code: 'locked' },
    });
    const profile = new ProfileError('invalid-profile', 'The profile was not saved.', [
      'userPoolId: "xyz" is not a user pool id.',
    ]);
    expect(await dispatch('ctm:app-info', {}, failingWith(profile), log)).toEqual({
      ok: false,
      error: {
        code: 'invalid-profile',
        message: 'The profile was not saved.',
        details: ['userPoolId: "xyz" is not a user pool id.'],
      },
    });
  });

  it('hides anything else behind one sentence and logs it', async () => {
    const result = await dispatch('ctm:app-info', {}, failingWith(new Error('secret stack')), log);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(/details are in its log\.$/) as unknown,
      },
    });
    expect(JSON.stringify(result)).not.toContain('secret stack');
  });
});

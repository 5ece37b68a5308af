// One error family, one classifier: every code of every layer has a kind, and the three surfaces
// (the bridge, the CLI's exit code, the tray's sentence) read an error by that kind alone.
import { describe, expect, it } from 'vitest';
import { AUTH_ERROR_CODES } from '../../src/shared/auth';
import { ipcErrorSchema } from '../../src/shared/contract';
import { PROFILE_ERROR_CODES, VAULT_ERROR_CODES } from '../../src/shared/error-codes';
import {
  errorSentence,
  exitCodeOf,
  logLineOf,
  toIpcError,
  UNEXPECTED_SENTENCE,
} from '../../src/shared/error-surfaces';
import {
  AppError,
  AuthError,
  isAppError,
  ProfileError,
  VaultError,
  type ErrorKind,
} from '../../src/shared/errors';
import { EXIT } from '../../src/shared/exit-codes';

const every: AppError[] = [
  ...AUTH_ERROR_CODES.map((code) => new AuthError(code, `Auth ${code}.`)),
  ...PROFILE_ERROR_CODES.map((code) => new ProfileError(code, `Profile ${code}.`, ['a: b.'])),
  ...VAULT_ERROR_CODES.map((code) => new VaultError(code, `Vault ${code}.`)),
];

describe('the error family', () => {
  it('gives every code of every layer a kind, and the bridge a value its schema accepts', () => {
    const kinds = new Set<ErrorKind>(['input', 'rejected', 'network', 'store', 'keychain']);
    for (const error of every) {
      expect(isAppError(error), error.code).toBe(true);
      expect(kinds.has(error.kind), `${error.name} ${error.code}`).toBe(true);
      expect(ipcErrorSchema.safeParse(toIpcError(error)).success, error.code).toBe(true);
    }
  });

  it('sorts each layer into the kinds its callers act on', () => {
    expect(new AuthError('wrong-credentials', 'No.').kind).toBe('rejected');
    expect(new AuthError('timeout', 'Slow.').kind).toBe('network');
    expect(new AuthError('invalid-input', 'Bad.').kind).toBe('input');
    expect(new ProfileError('duplicate-name', 'Taken.').kind).toBe('input');
    expect(new ProfileError('store-locked', 'Busy.').kind).toBe('store');
    expect(new VaultError('value-too-large', 'Big.').kind).toBe('input');
    expect(new VaultError('locked', 'Locked.').kind).toBe('keychain');
  });

  it('gives the CLI one exit code per kind', () => {
    expect(exitCodeOf(new AuthError('invalid-input', 'Bad.'))).toBe(EXIT.input);
    expect(exitCodeOf(new AuthError('code-mismatch', 'Wrong code.'))).toBe(EXIT.rejected);
    expect(exitCodeOf(new AuthError('network', 'Unreachable.'))).toBe(EXIT.network);
    expect(exitCodeOf(new ProfileError('store-unreadable', 'Unreadable.'))).toBe(EXIT.unexpected);
    expect(exitCodeOf(new VaultError('broken', 'Broken.'))).toBe(EXIT.unexpected);
    expect(exitCodeOf(new VaultError('invalid-input', 'Bad.'))).toBe(EXIT.input);
  });

  it('keeps per-field details on the bridge only when there are some', () => {
    expect(toIpcError(new ProfileError('invalid-profile', 'Not saved.', ['name: empty.']))).toEqual(
      { code: 'invalid-profile', message: 'Not saved.', details: ['name: empty.'] },
    );
    expect(toIpcError(new AuthError('cancelled', 'Stopped.'))).toEqual({
      code: 'cancelled',
      message: 'Stopped.',
    });
  });

  it('logs only what the file or the keychain did', () => {
    expect(logLineOf(new ProfileError('store-locked', 'Busy.'))).toBe(
      'Profile store failed (store-locked).',
    );
    expect(logLineOf(new VaultError('no-secret-service', 'None.'))).toBe(
      'Keychain call failed (no-secret-service).',
    );
    expect(logLineOf(new AuthError('wrong-credentials', 'No.'))).toBeUndefined();
  });

  it("gives the tray the family's sentence, and hides anything else behind one", () => {
    const heard: unknown[] = [];
    const hear = (error: unknown) => heard.push(error);
    expect(errorSentence(new VaultError('locked', 'The keychain is locked.'), hear)).toBe(
      'The keychain is locked.',
    );
    expect(heard).toEqual([]);
    const stray = new TypeError('x is undefined at secret-stack.ts:12');
    expect(errorSentence(stray, hear)).toBe(UNEXPECTED_SENTENCE);
    expect(heard).toEqual([stray]);
  });
});

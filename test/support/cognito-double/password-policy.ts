// The pool's password policy with Cognito's InvalidPasswordException sentences.
import { CognitoError } from './errors';
import type { DoublePool } from './types';

const rules: Array<[RegExp, string]> = [
  [/[a-z]/, 'Password must have lowercase characters'],
  [/[A-Z]/, 'Password must have uppercase characters'],
  [/[0-9]/, 'Password must have numeric characters'],
];

/** Throws InvalidPasswordException when the password breaks the pool's policy. */
export function checkPasswordPolicy(pool: DoublePool, password: string): void {
  const fail = (reason: string): CognitoError =>
    new CognitoError('InvalidPasswordException', `Password does not conform to policy: ${reason}`);
  if (password.length < (pool.passwordMinLength ?? 8)) throw fail('Password not long enough');
  for (const [pattern, reason] of rules) if (!pattern.test(password)) throw fail(reason);
}

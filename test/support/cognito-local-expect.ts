// Assertions the cognito-local integration tests share: what an error looks like to a user, and
// what is inside a token.
import { expect } from 'vitest';
import { AuthError } from '../../src/shared/errors';
import type { AuthErrorCode } from '../../src/shared/auth';

/** Awaits a promise that must reject with an AuthError, and returns that error. */
export async function authErrorOf(promise: Promise<unknown>): Promise<AuthError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  if (caught === undefined) throw new Error('expected an AuthError, but the call succeeded');
  expect(caught).toBeInstanceOf(AuthError);
  return caught as AuthError;
}

/**
 * Checks the error a user would see: the expected code, and a message that is one plain sentence
 * (one line, a full stop at the end, no second sentence) quoting none of the given secrets.
 */
export function expectUserError(
  error: AuthError,
  code: AuthErrorCode,
  secrets: readonly string[] = [],
): void {
  // The message rides along so a wrong code shows what the user would have read.
  expect(error.code, error.message).toBe(code);
  const message = error.message;
  expect(message.trim()).toBe(message);
  expect(message).toMatch(/^\S.*\.$/s);
  expect(message).not.toMatch(/\n/);
  expect(message).not.toMatch(/[.!?]\s+[A-Z]/);
  for (const secret of secrets) expect(message).not.toContain(secret);
  expect(message).not.toMatch(/eyJ[\w-]{4,}\./);
}

/** The payload of a JWT, decoded without checking its signature. */
export function jwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (part === undefined) throw new Error('not a JWT');
  const payload: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  if (typeof payload !== 'object' || payload === null)
    throw new Error('JWT payload is not an object');
  return payload as Record<string, unknown>;
}

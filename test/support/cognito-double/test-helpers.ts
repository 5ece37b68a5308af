// Small assertions and decoders shared by the double's tests.
import * as OTPAuth from 'otpauth';
import { expect } from 'vitest';
import type { CognitoReply } from './raw-client';

/** The claims of a JWT, unverified (what the app does too). */
export function jwtClaims(jwt: string): Record<string, unknown> {
  const payload = Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8');
  return JSON.parse(payload) as Record<string, unknown>;
}

/** The TOTP code for a base32 secret, optionally some 30-second steps ahead. */
export function totpCode(secret: string, stepsAhead = 0): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
  return totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

/** Asserts Cognito's error shape: status, {__type, message} and the x-amzn-ErrorType header. */
export function expectCognitoError(
  reply: CognitoReply,
  type: string,
  message: string,
  status = 400,
): void {
  expect({ status: reply.status, body: reply.body }).toEqual({
    status,
    body: { __type: type, message },
  });
  expect(reply.errorTypeHeader?.split(':')[0]).toBe(type);
}

// Assertions shared by the vault integration tests.
import { expect } from 'vitest';
import type { ChildReply, StepResult } from './vault-child';

/** The value of a step that must have succeeded. */
export function valueOf(result: StepResult | undefined): unknown {
  if (!result?.ok) throw new Error(`step failed: ${JSON.stringify(result)}`);
  return result.value;
}

/** The error of a step that must have failed. */
export function errorOf(result: StepResult | undefined): {
  name: string;
  code: string | null;
  message: string;
} {
  if (!result || result.ok) throw new Error(`step did not fail: ${JSON.stringify(result)}`);
  return result.error;
}

/** A probe status that must be a failure with this reason and a message matching `pattern`. */
export function expectProbeFailure(status: unknown, reason: string, pattern: RegExp): void {
  expect(status).toMatchObject({ ok: false, reason });
  const { message } = status as { message: unknown };
  expect(typeof message).toBe('string');
  expect(String(message)).toMatch(pattern);
  // One sentence: a single full stop, at the end.
  expect(String(message)).toMatch(/^[^.]*\.$/);
}

/** No secret, nor a 16-character piece of one, may reach a log line, an error message or stderr. */
export function expectNoSecretLeaked(reply: ChildReply, ...secrets: string[]): void {
  const visible = [
    ...reply.logs,
    reply.stderr,
    ...reply.results.flatMap((r) => (r.ok ? [] : [r.error.message])),
  ].join('\n');
  for (const secret of secrets) {
    // Fragments too: a log line holding a slice of a token leaks as much as one holding it all.
    const third = Math.floor(secret.length / 3);
    const fragments =
      secret.length <= 16
        ? [secret]
        : [0, third, secret.length - 16].map((at) => secret.slice(at, at + 16));
    for (const fragment of fragments) expect(visible).not.toContain(fragment);
  }
}

/** A JWT-shaped string of exactly `length` characters, unique per call. */
export function fakeToken(length: number): string {
  const head = `eyJhbGciOiJSUzI1NiJ9.${Math.random().toString(36).slice(2)}`;
  const body = 'Ab0-_'.repeat(Math.ceil(length / 5));
  return `${head}.${body}`.slice(0, length);
}

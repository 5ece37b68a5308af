// How a bad field reads: zod error callbacks that word every failure as one sentence, and the
// small string schemas the profile fields are built from. Pure zod, no Node.
import * as z from 'zod';

/** A rejected value as it reads in a sentence: quoted and cut short, never a whole blob. */
export function describeValue(input: unknown): string {
  if (typeof input === 'string') {
    return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  }
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint') {
    return String(input);
  }
  return typeof input;
}

/** A zod error callback wording every failure as `<value> is not <what>.` or `is missing; expected <what>.` */
export function expected(what: string): (issue: { input?: unknown }) => string {
  return ({ input }) =>
    input === undefined
      ? `is missing; expected ${what}.`
      : `${describeValue(input)} is not ${what}.`;
}

/** A trimmed string that must pass `test`; every failure says what was expected. */
export function text(what: string, test: (value: string) => boolean) {
  const error = expected(what);
  return z.string({ error }).trim().refine(test, { error });
}

/** A length test for `text`: from `min` to `max` characters. */
export const between = (min: number, max: number) => (v: string) =>
  v.length >= min && v.length <= max;

/** No control characters (they would garble the tray, tables and logs). */
export const PRINTABLE = /^[^\p{Cc}]*$/u;

/** A zod issue path as people read it: `profiles[2].userPoolId`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** One sentence per issue, each starting with the field's path. */
export function issueSentences(error: z.ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => {
    const path = formatIssuePath([...prefix, ...issue.path]);
    const message =
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.map((k) => JSON.stringify(k)).join(', ')} ${issue.keys.length > 1 ? 'are not known fields' : 'is not a known field'}.`
        : issue.message;
    return path === '' ? message : `${path}: ${message}`;
  });
}

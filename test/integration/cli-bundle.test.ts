// What `cognito-tokens --help` and a cached `token` load before any command runs: the eager
// bundle must not carry zod, the AWS SDK or the OAuth client, which load in lazy chunks when a
// command needs them (a value import of the profile schema in the engine's loader once pulled
// zod in, and start-up grew by half). Nor may a cached `token` load node:crypto up front (the
// keychain probe's import of it once rode along into the quick reader's chunk: a tenth of
// Node's start-up).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, ensureCliBuilt } from '../support/run-cli';

/** Code that only each heavy library has, as a marker of where it landed. */
const MARKERS = {
  zod: 'ZodError',
  'the AWS SDK': 'CognitoIdentityProviderClient',
  'the Cognito Identity client': 'GetCredentialsForIdentityCommand',
  'the OAuth client': 'code_challenge_method',
} as const;

beforeAll(async () => {
  await ensureCliBuilt();
});

describe('the CLI bundle', () => {
  it('keeps zod, the AWS SDK (Cognito Identity too) and the OAuth client out of what every run loads', () => {
    const eager = readFileSync(CLI_ENTRY, 'utf8');
    const chunks = readdirSync(join(CLI_ENTRY, '..', 'chunks'))
      .map((name) => readFileSync(join(CLI_ENTRY, '..', 'chunks', name), 'utf8'))
      .join('\n');
    for (const [library, marker] of Object.entries(MARKERS)) {
      // The marker must exist somewhere, or this check could not fail.
      expect(chunks.includes(marker), `${library} is in a lazy chunk`).toBe(true);
      expect(eager.includes(marker), `${library} is in the eager bundle`).toBe(false);
    }
  });
});

// rolldown writes a file's load-time requires as top-level declarations; the lazy ones sit in
// functions (`Promise.resolve().then(() => require(...))`).
const LOAD_TIME_REQUIRE =
  /^(?:const|let|var) [\w$]+ = (?:\/\* @__PURE__ \*\/ )?require\("([^"]+)"\)/gm;

/** The files one file requires at load, and theirs in turn; builtins as `node:…`. */
function loadedAtOnce(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, target = ''] of readFileSync(file, 'utf8').matchAll(LOAD_TIME_REQUIRE)) {
    if (target.startsWith('.')) loadedAtOnce(join(dirname(file), target), seen);
    else seen.add(target);
  }
  return seen;
}

describe('a cached token', () => {
  it('loads node:crypto only on first use, not with the entry or the quick reader', () => {
    const chunksDir = join(CLI_ENTRY, '..', 'chunks');
    const chunk = (prefix: string) => {
      const name = readdirSync(chunksDir).find((file) => file.startsWith(prefix));
      if (!name) throw new Error(`no ${prefix}* chunk`);
      return join(chunksDir, name);
    };
    // What `token` loads before it has an answer: the entry, the reader, the keychain's naming.
    const loaded = new Set<string>();
    for (const file of [CLI_ENTRY, chunk('fast-token-'), chunk('naming-')])
      loadedAtOnce(file, loaded);
    expect(loaded.has('node:fs')).toBe(true);
    expect(loaded.has('node:crypto')).toBe(false);
    // The check can fail: the full path (the facade's chunk) loads it at once.
    expect(loadedAtOnce(chunk('token-manager-')).has('node:crypto')).toBe(true);
  });
});

// What `cognito-tokens --help` and a cached `token` load before any command runs: the eager
// bundle must not carry zod, the AWS SDK or the OAuth client, which load in lazy chunks when a
// command needs them (a value import of the profile schema in the engine's loader once pulled
// zod in, and start-up grew by half).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

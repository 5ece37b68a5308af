import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileError } from '../../src/shared/errors';
import { parseImportFile, readImportFile } from '../../src/main/profiles/import-file';
import { parseJsObjectLiteral } from '../../src/main/profiles/js-object-literal';

const fixture = (name: string) => path.join(__dirname, '../fixtures/amplify', name);
const read = (name: string) => readFileSync(fixture(name), 'utf8');

function refusal(run: () => unknown): ProfileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error('expected a ProfileError');
}

describe('Amplify imports', () => {
  it('reads amplify_outputs.json (Gen 2)', () => {
    expect(readImportFile(fixture('amplify_outputs.json'), { username: 'alice' })).toEqual({
      source: 'amplify-outputs',
      profiles: [
        {
          name: 'us-east-1_AbC123xyZ',
          userPoolId: 'us-east-1_AbC123xyZ',
          region: 'us-east-1',
          clientId: '4example5abc6def7ghi8jkl9m',
          identityPoolId: 'us-east-1:00000000-1111-2222-3333-444444444444',
          signIn: 'password',
          hasClientSecret: false,
          authFlow: 'srp',
          username: 'alice',
          refreshAheadSeconds: 300,
          rememberPassword: false,
          refreshRotation: false,
        },
      ],
      notes: [],
    });
  });

  it('reads aws-exports as JSON and applies the import options', () => {
    const parsed = readImportFile(fixture('aws-exports.json'), {
      name: 'Gen 1',
      username: 'bob',
      authFlow: 'password',
      endpoint: 'http://127.0.0.1:9229',
    });
    expect(parsed.source).toBe('aws-exports');
    expect(parsed.profiles).toEqual([
      expect.objectContaining({
        name: 'Gen 1',
        userPoolId: 'eu-west-1_Gen1Pool',
        region: 'eu-west-1',
        clientId: '1gen1client2example3abcd',
        username: 'bob',
        authFlow: 'password',
        endpoint: 'http://127.0.0.1:9229',
      }),
    ]);
  });

  it('keeps the identity pool either file names, for AWS credentials', () => {
    const pool = 'us-east-1:1a2b3c4d-1234-5678-9abc-def012345678';
    const outputs = {
      version: '1.4',
      auth: {
        user_pool_id: 'us-east-1_AbC123',
        user_pool_client_id: 'client1',
        identity_pool_id: pool,
      },
    };
    const exports = {
      aws_user_pools_id: 'us-east-1_AbC123',
      aws_user_pools_web_client_id: 'client1',
      aws_cognito_identity_pool_id: pool,
    };
    for (const file of [outputs, exports]) {
      const [profile] = parseImportFile(JSON.stringify(file), { username: 'ada' }).profiles;
      expect(profile?.identityPoolId).toBe(pool);
    }
    const bad = { ...exports, aws_cognito_identity_pool_id: 'us-east-1_notapool' };
    expect(refusal(() => parseImportFile(JSON.stringify(bad), { username: 'a' })).details).toEqual([
      'aws_cognito_identity_pool_id: "us-east-1_notapool" is not an identity pool id (REGION:GUID, such as us-east-1:1a2b3c4d-1234-5678-9abc-def012345678).',
    ]);
  });

  it('reads the aws-exports.js Amplify generates, without running it', () => {
    const parsed = readImportFile(fixture('aws-exports.js'), { username: 'carol' });
    expect(parsed.source).toBe('aws-exports');
    expect(parsed.profiles[0]).toMatchObject({
      userPoolId: 'ap-southeast-2_JsPool42',
      region: 'ap-southeast-2',
      clientId: '7js8client9example0abcd',
    });
  });

  it('reads a hand-written aws-exports.js (bare keys, single quotes, comments, trailing commas)', () => {
    const parsed = readImportFile(fixture('aws-exports.hand-written.js'), { username: 'dan' });
    expect(parsed.profiles[0]).toMatchObject({
      userPoolId: 'us-west-2_HandMade1',
      clientId: '2hand3made4client',
    });
  });

  it('refuses a .js file that computes values, naming the line', () => {
    const error = refusal(() => readImportFile(fixture('aws-exports.code.js'), { username: 'x' }));
    expect(error.code).toBe('invalid-import');
    expect(error.message).toBe(
      'aws-exports.code.js cannot be imported: it holds the character "+" on line 6, and only plain strings, numbers, true/false/null, lists and objects can be read.',
    );
  });

  it('refuses a bad amplify_outputs.json with one sentence per bad field', () => {
    const error = refusal(() => readImportFile(fixture('amplify_outputs.bad.json')));
    expect(error.message).toBe('amplify_outputs.bad.json cannot be imported: 3 fields are wrong.');
    expect(error.details).toEqual([
      'auth.user_pool_id: "xyz" is not a user pool id (expected region_id, such as us-east-1_AbC123).',
      'auth.user_pool_client_id: "not a client id!" is not an app client id (letters and digits, such as 4example5abc).',
      'username: is missing; an Amplify file names no user, so give one with the import.',
    ]);
  });

  it('refuses a region that contradicts the pool id', () => {
    const error = refusal(() =>
      readImportFile(fixture('amplify_outputs.wrong-region.json'), { username: 'a' }),
    );
    expect(error.details).toEqual([
      'auth.aws_region: "us-east-1" contradicts the user pool id eu-central-1_Zyx987, which is in eu-central-1.',
    ]);
  });

  it('refuses aws-exports fields by their own names', () => {
    const text = JSON.stringify({ aws_cognito_region: 'us-east-1', aws_user_pools_id: 'pool' });
    expect(refusal(() => parseImportFile(text, { username: 'a' })).details).toEqual([
      'aws_user_pools_id: "pool" is not a user pool id (expected region_id, such as us-east-1_AbC123).',
      'aws_user_pools_web_client_id: is missing; expected an app client id (letters and digits, such as 4example5abc).',
    ]);
  });

  it('refuses an amplify_outputs.json without an auth section', () => {
    const error = refusal(() => parseImportFile('{"version":"1.4","data":{}}', { username: 'a' }));
    expect(error.details).toEqual([
      'auth: is missing; expected the auth section of amplify_outputs.json.',
    ]);
  });

  it('refuses files that are no known shape, or no JSON at all', () => {
    expect(refusal(() => parseImportFile('{"hello":1}')).message).toBe(
      'The file cannot be imported: it is neither a profile export, an amplify_outputs.json nor an aws-exports file.',
    );
    expect(refusal(() => parseImportFile('not json', { fileName: 'x.json' })).message).toBe(
      'x.json cannot be imported: it is not valid JSON.',
    );
    expect(refusal(() => parseImportFile('[1,2]')).message).toBe(
      'The file cannot be imported: it does not hold a JSON object.',
    );
  });
});

describe('profile export files', () => {
  it('reads a profile export', () => {
    const parsed = parseImportFile(read('profiles-export.json'));
    expect(parsed.source).toBe('profile-export');
    expect(parsed.profiles.map((p) => [p.name, p.region, p.username])).toEqual([
      ['Staging', 'eu-west-1', 'alice@example.com'],
      ['Local emulator', 'us-east-1', 'tester'],
    ]);
  });

  it('refuses an export with bad profiles, ids, secrets or repeated names', () => {
    const envelope = JSON.parse(read('profiles-export.json')) as { profiles: object[] };
    const [first] = envelope.profiles;
    envelope.profiles.push(
      { ...first, name: 'staging' },
      { ...first, name: 'With id', id: 'abc' },
      { ...first, name: 'Secret', clientSecret: 'hunter2' },
      { ...first, name: 'Bad', colour: 'blue' },
    );
    const error = refusal(() => parseImportFile(JSON.stringify(envelope)));
    expect(error.details).toEqual([
      'Profile "With id": profiles[3]: "id" is not a known field.',
      'Profile "Secret": profiles[4]: "clientSecret" is not a known field.',
      'Profile "Bad": profiles[5].colour: "blue" is not a colour written #rrggbb (such as #1a7f37).',
      'Profile "staging": profiles[2].name: "staging" appears more than once in this file.',
    ]);
    expect(error.details.join(' ')).not.toContain('hunter2');
  });

  it('reports a repeated name in any case', () => {
    const envelope = JSON.parse(read('profiles-export.json')) as { profiles: object[] };
    envelope.profiles.push({ ...envelope.profiles[0], name: 'STAGING' });
    expect(refusal(() => parseImportFile(JSON.stringify(envelope))).details).toEqual([
      'Profile "STAGING": profiles[2].name: "STAGING" appears more than once in this file.',
    ]);
  });

  it('refuses an export from a newer format version', () => {
    const text = JSON.stringify({ format: 'cognito-token-manager/profiles', version: 3 });
    expect(refusal(() => parseImportFile(text)).message).toMatch(/newer .*format version 3/);
  });
});

describe('parseJsObjectLiteral', () => {
  it('reads escapes, numbers, nested values and module.exports', () => {
    const source = `module.exports = { a: 'it\\'s', b: -1.5e2, c: [true, null, { d: "\\u0041" },], };`;
    expect(parseJsObjectLiteral(source)).toEqual({
      a: "it's",
      b: -150,
      c: [true, null, { d: 'A' }],
    });
  });

  it('ignores braces inside strings and comments', () => {
    expect(parseJsObjectLiteral('export default { /* } */ a: "}" // }\n};')).toEqual({ a: '}' });
  });

  it('refuses code: calls, identifiers, template strings', () => {
    expect(() => parseJsObjectLiteral('const x = { a: fetch("u") };')).toThrow(/expression fetch/);
    expect(() => parseJsObjectLiteral('const x = { a: `t` };')).toThrow(/template string/);
    expect(() => parseJsObjectLiteral('const x = { ...y };')).toThrow(/character "\."/);
    expect(() => parseJsObjectLiteral('hello')).toThrow(/no `const awsmobile/);
    expect(() => parseJsObjectLiteral('const x = { a: 1')).toThrow(/never closed/);
  });
});

// Amplify OAuth blocks become browser profiles, and our own export carries every kind's fields
// (and never a secret) through a round trip.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../src/main/profiles/export-file';
import { parseImportFile, readImportFile } from '../../src/main/profiles/import-file';
import { ProfileError } from '../../src/shared/errors';
import { ProfileSchema } from '../../src/shared/profile';

const fixture = (name: string) => path.join(__dirname, '../fixtures/amplify', name);

describe('an Amplify file with an OAuth block', () => {
  it('becomes a password profile and a browser profile with the first loopback redirect URI', () => {
    const parsed = readImportFile(fixture('amplify_outputs.oauth.json'), {
      username: 'ada',
      name: 'Shop',
    });
    expect(parsed.profiles.map((p) => [p.name, p.signIn, p.username])).toEqual([
      ['Shop', 'password', 'ada'],
      ['Shop (browser)', 'browser', undefined],
    ]);
    expect(parsed.profiles[1]).toMatchObject({
      userPoolId: 'us-east-1_OAuth123',
      clientId: '5oauth6client7example',
      domain: 'https://myapp.auth.us-east-1.amazoncognito.com',
      scopes: ['phone', 'email', 'openid', 'profile', 'aws.cognito.signin.user.admin'],
      redirectUri: 'http://localhost:3000/',
    });
    expect(parsed.profiles[1]?.identityProvider).toBeUndefined();
    expect(parsed.notes).toEqual([
      'The file names the identity providers GOOGLE, SIGN_IN_WITH_APPLE; the managed login offers them, or set one on "Shop (browser)" to go straight to it.',
    ]);
  });

  it('needs no username: only the browser profile is made, and the notes say so', () => {
    const parsed = readImportFile(fixture('aws-exports.oauth.js'));
    expect(parsed.source).toBe('aws-exports');
    expect(parsed.profiles).toEqual([
      expect.objectContaining({
        name: 'eu-west-1_Gen1OAuth (browser)',
        signIn: 'browser',
        domain: 'https://gen1app-dev.auth.eu-west-1.amazoncognito.com',
        redirectUri: 'http://localhost:8976/callback',
      }),
    ]);
    expect(parsed.notes).toEqual([
      '"eu-west-1_Gen1OAuth (browser)" uses http://localhost:8976/callback, as the file names no http://localhost redirect URI with a port: add it to the app client\'s callback URLs (Cognito matches it exactly, port included).',
      'No password profile was made, as no username was given; import again with one to add it.',
    ]);
  });

  it('makes no browser profile from an empty OAuth block, and then still needs a username', () => {
    expect(() => readImportFile(fixture('aws-exports.json'))).toThrow(ProfileError);
    expect(readImportFile(fixture('aws-exports.json'), { username: 'bob' }).profiles).toHaveLength(
      1,
    );
  });

  it('refuses an OAuth domain that is no domain, naming the field', () => {
    const text = JSON.stringify({
      auth: {
        user_pool_id: 'us-east-1_AbC123',
        user_pool_client_id: 'abc123',
        oauth: { domain: 'http://evil.example.com', scopes: ['a b'] },
      },
    });
    let error: unknown;
    try {
      parseImportFile(text);
    } catch (caught) {
      error = caught;
    }
    expect((error as ProfileError).details).toEqual([
      'auth.oauth.domain: "http://evil.example.com" is not an https URL; the managed login is only reached over https (http is only for an emulator on this computer).',
      'auth.oauth.scopes[0]: "a b" is not an OAuth scope (1 to 256 characters without spaces or quotes, such as openid or orders/read).',
    ]);
  });
});

describe('our own export', () => {
  const stored = [
    { id: 'a', name: 'Pw', userPoolId: 'eu-west-1_AbC123', clientId: 'c1', username: 'ada' },
    {
      id: 'b',
      name: 'Web',
      signIn: 'browser',
      userPoolId: 'eu-west-1_AbC123',
      clientId: 'c2',
      domain: 'https://auth.example.com',
      identityProvider: 'Google',
      redirectUri: 'http://localhost:9000/cb',
    },
    {
      id: 'c',
      name: 'Robot',
      signIn: 'client-credentials',
      userPoolId: 'eu-west-1_AbC123',
      clientId: 'c3',
      hasClientSecret: true,
      domain: 'https://auth.example.com',
      scopes: ['orders/read'],
    },
  ].map((p) => ProfileSchema.parse(p));

  it('carries every kind and its fields through a round trip, without ids or secrets', () => {
    const text = serializeExport(buildExport(stored));
    expect(JSON.parse(text)).toMatchObject({ version: 2 });
    expect(text).not.toMatch(/"id"|"clientSecret"|"password"/i);
    const back = parseImportFile(text).profiles;
    expect(back).toEqual(stored.map(({ id: _id, ...rest }) => rest));
  });

  it('stays at version 1, without signIn, when every profile signs in with a password', () => {
    const envelope = buildExport(stored.slice(0, 1));
    expect(envelope.version).toBe(1);
    expect(envelope.profiles[0]).not.toHaveProperty('signIn');
  });
});

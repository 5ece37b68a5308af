// SECRET_HASH against values pinned from an independent implementation. Each expected literal was
// computed with OpenSSL, e.g.:
//   printf '%s' 'aliceclient' | openssl dgst -sha256 -hmac 'secret' -binary | base64
import { describe, expect, it } from 'vitest';
import { resolveConnection } from '../../src/main/cognito/connection';
import {
  computeSecretHash,
  secretHashFor,
  withSecretHash,
} from '../../src/main/cognito/secret-hash';

const CLIENT_ID = '3n4b5urk1ft4fl3mg5e62d9ado';
const CLIENT_SECRET = 'k9l8m7n6o5p4q3r2s1t0u9v8w7x6y5z4';

describe('computeSecretHash', () => {
  it('matches OpenSSL on a short vector', () => {
    expect(computeSecretHash('secret', 'alice', 'client')).toBe(
      'RTsve+FQ659UKyESgvLg9GYmZEL+QjzQsW/OjL77/b0=',
    );
  });

  it('matches OpenSSL on a realistic client id, secret and email username', () => {
    expect(
      computeSecretHash(
        '1ab2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0',
        'alice@example.com',
        '7lhlkkfbfb4q5kpp90urffao',
      ),
    ).toBe('JAJ+Z6EUmk6n9PTgAAHydgxkkfJVwvIqQLTTgKo7Qw4=');
  });

  it('hashes a non-ASCII username as UTF-8', () => {
    expect(computeSecretHash(CLIENT_SECRET, 'jösé+1@example.com', CLIENT_ID)).toBe(
      'hNIiVy2acbH5LYxgtyBFmdb3/a9H/VE1UcOmU9amVNQ=',
    );
  });

  it('differs between an email alias and the internal username (why the identity matters)', () => {
    const internal = computeSecretHash(
      CLIENT_SECRET,
      'a1b2c3d4-1111-2222-3333-444455556666',
      CLIENT_ID,
    );
    expect(internal).toBe('8ZmocCtmllmPSkdFV4cMX+4jkVW5f7lsnxHGn3D/AGc=');
    expect(internal).not.toBe(computeSecretHash(CLIENT_SECRET, 'jösé+1@example.com', CLIENT_ID));
  });
});

describe('secret hash on a connection', () => {
  const base = { userPoolId: 'eu-west-1_Abc123', clientId: CLIENT_ID };

  it('is absent for a client without a secret, and for an empty secret', () => {
    expect(secretHashFor(resolveConnection(base), 'alice')).toBeUndefined();
    expect(
      secretHashFor(resolveConnection({ ...base, clientSecret: '' }), 'alice'),
    ).toBeUndefined();
    expect(withSecretHash(resolveConnection(base), 'alice', { USERNAME: 'alice' })).toEqual({
      USERNAME: 'alice',
    });
  });

  it('is added for a client with a secret, over the given identity', () => {
    const connection = resolveConnection({ ...base, clientSecret: CLIENT_SECRET });
    expect(
      withSecretHash(connection, 'jösé+1@example.com', { USERNAME: 'jösé+1@example.com' }),
    ).toEqual({
      USERNAME: 'jösé+1@example.com',
      SECRET_HASH: 'hNIiVy2acbH5LYxgtyBFmdb3/a9H/VE1UcOmU9amVNQ=',
    });
  });
});

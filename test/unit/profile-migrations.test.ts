import { describe, expect, it } from 'vitest';
import { decodeStore } from '../../src/main/profiles/decode-store';
import { MIGRATIONS, migrate } from '../../src/main/profiles/migrations';
import { STORE_SCHEMA_VERSION } from '../../src/main/profiles/store-data';

const v0File = {
  profiles: [
    {
      id: 'p1',
      name: 'Dev',
      userPoolId: 'eu-west-1_AbC123',
      clientId: 'client1',
      authFlow: 'srp',
      hasClientSecret: false,
      username: 'alice',
    },
  ],
  activeProfileId: 'p1',
};

const v1Profile = {
  id: 'p1',
  name: 'Dev',
  userPoolId: 'eu-west-1_AbC123',
  region: 'eu-west-1',
  clientId: 'client1',
  hasClientSecret: false,
  authFlow: 'srp',
  username: 'alice',
  refreshAheadSeconds: 300,
  rememberPassword: false,
  refreshRotation: false,
};

describe('migrations', () => {
  it('has a step from every version below the current one', () => {
    for (let v = 0; v < STORE_SCHEMA_VERSION; v += 1) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('turns a v0 file (no schemaVersion, no refresh settings) into v1', () => {
    expect(migrate(v0File, 0, 1)).toEqual({
      schemaVersion: 1,
      profiles: [
        {
          ...v0File.profiles[0],
          refreshAheadSeconds: 300,
          rememberPassword: false,
          refreshRotation: false,
        },
      ],
      activeProfileId: 'p1',
      secretIndex: [],
      settings: {},
    });
  });

  it('turns a v1 file into v2: every profile signed in with a password, and still does', () => {
    const v1File = {
      schemaVersion: 1,
      profiles: [v1Profile, { ...v1Profile, id: 'p2', name: 'Choice', authFlow: 'choice' }],
      activeProfileId: 'p1',
      secretIndex: [{ profileId: 'p1', kind: 'refresh-token' }],
      settings: { clipboardClearSeconds: 30 },
    };
    expect(migrate(v1File, 1)).toEqual({
      ...v1File,
      schemaVersion: 2,
      profiles: v1File.profiles.map((p) => ({ ...p, signIn: 'password' })),
    });
    const decoded = decodeStore(v1File);
    if (decoded.kind !== 'ok') throw new Error(`expected ok, got ${decoded.kind}`);
    expect(decoded.migratedFrom).toBe(1);
    expect(decoded.data.profiles.map((p) => [p.name, p.signIn, p.authFlow, p.username])).toEqual([
      ['Dev', 'password', 'srp', 'alice'],
      ['Choice', 'password', 'choice', 'alice'],
    ]);
  });

  it('keeps a signIn a v1 file somehow had, so the schema judges it', () => {
    const raw = { schemaVersion: 1, profiles: [{ ...v1Profile, signIn: 'browser' }, 'odd'] };
    expect(migrate(raw, 1).profiles).toEqual([{ ...v1Profile, signIn: 'browser' }, 'odd']);
  });

  it('keeps values a v0 file already had', () => {
    const raw = { profiles: [{ ...v0File.profiles[0], refreshAheadSeconds: 60 }] };
    expect(migrate(raw, 0).profiles).toEqual([
      expect.objectContaining({ refreshAheadSeconds: 60 }),
    ]);
  });

  it('does not throw on odd v0 input (the schema reports it afterwards)', () => {
    expect(() => migrate({ profiles: 'nope' }, 0)).not.toThrow();
    expect(() => migrate({ profiles: [null, 3] }, 0)).not.toThrow();
  });
});

describe('decodeStore', () => {
  it('reads an empty object (a missing file) as an empty store', () => {
    expect(decodeStore({})).toEqual({
      kind: 'ok',
      data: { schemaVersion: 2, profiles: [], secretIndex: [], settings: {} },
    });
  });

  it('migrates a v0 file and says it did', () => {
    expect(decodeStore(v0File)).toEqual({
      kind: 'ok',
      migratedFrom: 0,
      data: {
        schemaVersion: 2,
        profiles: [{ ...v1Profile, signIn: 'password' }],
        activeProfileId: 'p1',
        secretIndex: [],
        settings: {},
      },
    });
  });

  it('ignores conf bookkeeping', () => {
    const raw = { schemaVersion: 2, profiles: [], secretIndex: [], settings: {}, __internal__: {} };
    expect(decodeStore(raw).kind).toBe('ok');
  });

  it('refuses a file from a newer version instead of guessing', () => {
    expect(decodeStore({ schemaVersion: 3, profiles: [] })).toEqual({ kind: 'newer', version: 3 });
  });

  it('keeps the valid profiles of a partly broken file and reports the rest', () => {
    const raw = {
      schemaVersion: 1,
      profiles: [
        v1Profile,
        { ...v1Profile, id: 'p2', name: 'Broken', userPoolId: 'nope' },
        { ...v1Profile, id: 'p3', name: 'dev' }, // name taken by p1, regardless of case
        { ...v1Profile, id: 'p4', name: 'Prod' },
      ],
      activeProfileId: 'p2',
      secretIndex: [
        { profileId: 'p1', kind: 'refresh-token' },
        { profileId: 'p1', kind: 'Not A Kind' },
      ],
      settings: { clipboardClearSeconds: 30 },
    };
    const decoded = decodeStore(raw);
    if (decoded.kind !== 'corrupt') throw new Error(`expected corrupt, got ${decoded.kind}`);
    expect(decoded.salvaged.profiles.map((p) => p.id)).toEqual(['p1', 'p4']);
    expect(decoded.salvaged.activeProfileId).toBeUndefined();
    expect(decoded.salvaged.secretIndex).toEqual([{ profileId: 'p1', kind: 'refresh-token' }]);
    expect(decoded.salvaged.settings).toEqual({ clipboardClearSeconds: 30 });
    expect(decoded.reason).toBe(
      'The profile file could not be used as it was because it failed validation; it was set aside and 2 of 4 profiles were left out and the rest kept.',
    );
    expect(decoded.details).toContain(
      'profiles[1].userPoolId: "nope" is not a user pool id (expected region_id, such as us-east-1_AbC123).',
    );
    expect(decoded.details).toContain(
      'secretIndex[1].kind: "Not A Kind" is not a secret kind (a kebab-case word such as refresh-token).',
    );
  });

  it('keeps every profile when only another part is broken', () => {
    const raw = { schemaVersion: 1, profiles: [v1Profile], secretIndex: [], settings: [] };
    const decoded = decodeStore(raw);
    expect(decoded.kind === 'corrupt' && decoded.reason).toMatch(/its one profile was kept\.$/);
  });

  it('treats a non-numeric schemaVersion as corruption', () => {
    expect(decodeStore({ schemaVersion: 'one', profiles: [] }).kind).toBe('corrupt');
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLog } from '../../src/main/log/file-log';
import { STORE_SCHEMA_VERSION } from '../../src/main/profiles/store-data';
import {
  FAST_PATH_SCHEMA_VERSION,
  cachedTokenFast,
  fastNameKey,
  isFreshFor,
  pickRawProfile,
} from '../../src/cli/fast-token';
import { nameKey } from '../../src/shared/profile';
import { FakeKeytar } from '../support/fake-keytar';

const file = {
  schemaVersion: 2,
  profiles: [
    { id: 'id-1', name: 'Dev', refreshAheadSeconds: 300 },
    { id: 'id-2', name: 'Ünïcode Prod', refreshAheadSeconds: 60 },
  ],
  activeProfileId: 'id-2',
  secretIndex: [],
  settings: {},
};

describe('the quick token reader', () => {
  it('knows the schema version the store writes (else it would always fall back)', () => {
    expect(FAST_PATH_SCHEMA_VERSION).toBe(STORE_SCHEMA_VERSION);
  });

  it('compares names exactly as the store does', () => {
    for (const name of ['Dev', '  dev ', 'Ünïcode Prod', 'Cafe\u0301', 'Café', 'ÉTÉ']) {
      expect(fastNameKey(name)).toBe(nameKey(name));
    }
  });

  it('finds a profile by id, by name in any case, or the active one', () => {
    const dev = { id: 'id-1', refreshAheadSeconds: 300, driftMs: 0, defaultKind: 'id' };
    expect(pickRawProfile(file, 'id-1')).toEqual(dev);
    expect(pickRawProfile(file, 'dEV')).toEqual(dev);
    expect(pickRawProfile(file)).toEqual({
      id: 'id-2',
      refreshAheadSeconds: 60,
      driftMs: 0,
      defaultKind: 'id',
    });
  });

  it('is unsure (null) about anything odd, so the full path answers', () => {
    expect(pickRawProfile(file, 'nobody')).toBeNull();
    expect(pickRawProfile({ ...file, schemaVersion: 1 }, 'Dev')).toBeNull();
    expect(pickRawProfile({ ...file, schemaVersion: 3 }, 'Dev')).toBeNull();
    expect(pickRawProfile({ ...file, activeProfileId: undefined })).toBeNull();
    expect(pickRawProfile({ ...file, profiles: [{ id: 'id-1', name: 'Dev' }] }, 'Dev')).toBeNull();
    expect(
      pickRawProfile(
        { ...file, profiles: [{ id: 5, name: 'Dev', refreshAheadSeconds: 1 }] },
        'Dev',
      ),
    ).toBeNull();
    expect(
      pickRawProfile(
        { ...file, profiles: [{ id: 'id-1', name: 'Dev', refreshAheadSeconds: 1, signIn: 'sso' }] },
        'Dev',
      ),
    ).toBeNull();
    expect(pickRawProfile(null, 'Dev')).toBeNull();
    expect(pickRawProfile([file], 'Dev')).toBeNull();
  });

  it('calls tokens fresh only outside the refresh-ahead window', () => {
    const profile = { id: 'id-1', refreshAheadSeconds: 300, driftMs: 0 };
    const tokens = {
      idToken: 'i',
      accessToken: 'a',
      username: 'u',
      expiresAt: 1_000_000 + 300_001,
    };
    expect(isFreshFor(tokens, profile, 1_000_000)).toBe(true);
    expect(isFreshFor({ ...tokens, expiresAt: 1_000_000 + 300_000 }, profile, 1_000_000)).toBe(
      false,
    );
  });

  it("judges freshness on Cognito's time: the measured drift is added to the local clock", () => {
    const withDrift = { ...file, settings: { 'clockDriftMs:id-1': 600_000 } };
    const profile = pickRawProfile(withDrift, 'id-1');
    expect(profile).toEqual({
      id: 'id-1',
      refreshAheadSeconds: 300,
      driftMs: 600_000,
      defaultKind: 'id',
    });
    // Ten minutes left by this (slow) clock are none by Cognito's.
    const tokens = { idToken: 'i', accessToken: 'a', username: 'u', expiresAt: 600_000 };
    expect(profile && isFreshFor(tokens, profile, 0)).toBe(false);
  });
});

describe('the quick token reader and the keychain', () => {
  const SERVICE = 'ctm-fast-test';
  const NOW = 1_800_000_000_000;
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** An unsigned JWT-shaped token: the reader decodes, never verifies, cached tokens. */
  const jwt = (use: string, expSeconds: number) => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const iat = NOW / 1000 - 600;
    return `${part({ alg: 'none' })}.${part({ token_use: use, iat, exp: iat + expSeconds })}.sig`;
  };

  /** A data folder with a password and an M2M profile, and a keychain holding their tokens. */
  function machine(idLife: number, accessLife: number) {
    const dir = mkdtempSync(join(tmpdir(), 'ctm-fast-'));
    dirs.push(dir);
    const profiles = [
      { id: 'p1', name: 'dev', refreshAheadSeconds: 60, signIn: 'password' },
      { id: 'm1', name: 'bot', refreshAheadSeconds: 60, signIn: 'client-credentials' },
    ];
    writeFileSync(join(dir, 'profiles.json'), JSON.stringify({ ...file, profiles }));
    const keytar = new FakeKeytar();
    const tokens = { id: jwt('id', idLife), access: jwt('access', accessLife) };
    keytar.items.set(`${SERVICE}/p1:id-token`, tokens.id);
    keytar.items.set(`${SERVICE}/p1:access-token`, tokens.access);
    keytar.items.set(`${SERVICE}/m1:access-token`, tokens.access);
    const read = (idOrName: string, kind?: 'id' | 'access') =>
      cachedTokenFast({
        dataDir: dir,
        serviceName: SERVICE,
        idOrName,
        kind,
        log: silentLog(),
        now: NOW,
        loadKeytar: () => Promise.resolve(keytar),
      });
    return { keytar, tokens, read };
  }

  it('reads one keychain item: the ID token, or the access token of an M2M profile', async () => {
    const m = machine(3600, 3600);
    expect(await m.read('dev')).toBe(m.tokens.id);
    expect(m.keytar.calls).toEqual(['get p1:id-token']);
    m.keytar.calls.length = 0;
    expect(await m.read('bot')).toBe(m.tokens.access);
    expect(m.keytar.calls).toEqual(['get m1:access-token']);
    m.keytar.calls.length = 0;
    expect(await m.read('dev', 'access')).toBe(m.tokens.access);
    expect(m.keytar.calls).toEqual(['get p1:access-token']);
  });

  it('leaves a token in its refresh window, or a kind the profile lacks, to the full path', async () => {
    // Ten minutes old: the ID token has 30 s left, inside its 60 s window; the access token an hour.
    const m = machine(630, 3600);
    expect(await m.read('dev')).toBeNull();
    expect(await m.read('dev', 'access')).toBe(m.tokens.access);
    expect(await m.read('bot', 'id')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { STORE_SCHEMA_VERSION } from '../../src/main/profiles/store-data';
import {
  FAST_PATH_SCHEMA_VERSION,
  fastNameKey,
  isFreshFor,
  pickRawProfile,
} from '../../src/cli/fast-token';
import { nameKey } from '../../src/shared/profile';

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
    expect(pickRawProfile(file, 'id-1')).toEqual({
      id: 'id-1',
      refreshAheadSeconds: 300,
      driftMs: 0,
    });
    expect(pickRawProfile(file, 'dEV')).toEqual({
      id: 'id-1',
      refreshAheadSeconds: 300,
      driftMs: 0,
    });
    expect(pickRawProfile(file)).toEqual({ id: 'id-2', refreshAheadSeconds: 60, driftMs: 0 });
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
    expect(profile).toEqual({ id: 'id-1', refreshAheadSeconds: 300, driftMs: 600_000 });
    // Ten minutes left by this (slow) clock are none by Cognito's.
    const tokens = { idToken: 'i', accessToken: 'a', username: 'u', expiresAt: 600_000 };
    expect(profile && isFreshFor(tokens, profile, 0)).toBe(false);
  });
});

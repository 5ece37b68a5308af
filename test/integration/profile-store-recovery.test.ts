import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProfileStore } from '../../src/main/profiles/create-profile-store';
import { ProfileStore } from '../../src/main/profiles/profile-store';
import { ProfileError } from '../../src/shared/errors';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctm-recovery-'));
  file = path.join(dir, 'profiles.json');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const now = () => new Date('2025-03-04T05:06:07.089Z');
const profile = (id: string, name: string, userPoolId = 'eu-west-1_AbC123') => ({
  id,
  name,
  userPoolId,
  region: 'eu-west-1',
  clientId: 'client1',
  hasClientSecret: false,
  authFlow: 'srp',
  username: 'alice',
  refreshAheadSeconds: 300,
  rememberPassword: false,
  refreshRotation: false,
});
const backups = (kind: string) => fs.readdirSync(dir).filter((f) => f.includes(kind));

describe('a corrupt profile file', () => {
  it('is moved aside with its original bytes, the store starts empty, and it is reported once', () => {
    const broken = Buffer.from('{"schemaVersion": 1, "profiles": [ {"name": "Dev",, \n');
    fs.writeFileSync(file, broken);
    const store = createProfileStore({ dir, now });

    const notice = store.takeRecoveryNotice();
    expect(notice).toEqual({
      backupPath: path.join(dir, 'profiles.json.corrupt-2025-03-04T05-06-07.089Z.bak'),
      reason:
        'The profile file could not be read because it is not valid JSON; it was set aside and the store started empty.',
      details: [],
    });
    expect(fs.readFileSync(notice?.backupPath ?? '')).toEqual(broken);
    expect(store.takeRecoveryNotice()).toBeUndefined();
    expect(store.list()).toEqual([]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: 2 });

    // The next open finds a good file: nothing to report, nothing more set aside.
    expect(createProfileStore({ dir, now }).takeRecoveryNotice()).toBeUndefined();
    expect(backups('.corrupt-')).toHaveLength(1);
  });

  it('keeps the valid profiles of a file that fails the schema', () => {
    const original = JSON.stringify({
      schemaVersion: 1,
      profiles: [profile('p1', 'Dev'), profile('p2', 'Bad', 'nope'), profile('p3', 'Prod')],
      activeProfileId: 'p3',
      secretIndex: [{ profileId: 'p2', kind: 'refresh-token' }],
      settings: {},
    });
    fs.writeFileSync(file, original);
    const store = createProfileStore({ dir, now });
    const notice = store.takeRecoveryNotice();
    expect(notice?.reason).toBe(
      'The profile file could not be used as it was because it failed validation; it was set aside and 1 of 3 profiles was left out and the rest kept.',
    );
    expect(notice?.details).toEqual([
      'profiles[1].userPoolId: "nope" is not a user pool id (expected region_id, such as us-east-1_AbC123).',
    ]);
    expect(fs.readFileSync(notice?.backupPath ?? '', 'utf8')).toBe(original);
    expect(store.list().map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(store.getActive()?.id).toBe('p3');
    // The removed profile's keychain items stay indexed, so the vault can still delete them.
    expect(store.listSecretIndex()).toEqual([{ profileId: 'p2', kind: 'refresh-token' }]);
  });

  it('is recovered also when it breaks while the store is open', () => {
    const store = createProfileStore({ dir, now });
    store.add({ name: 'Dev', userPoolId: 'eu-west-1_AbC123', clientId: 'c1', username: 'a' });
    fs.writeFileSync(file, 'null');
    expect(store.list()).toEqual([]);
    expect(store.takeRecoveryNotice()?.reason).toMatch(/because it holds no JSON object/);
  });

  it('is recovered through a backend that throws on bad JSON (built without profileStoreOptions)', () => {
    const backend = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'profiles' });
    fs.writeFileSync(file, '{oops');
    const store = new ProfileStore(backend, { now });
    expect(store.list()).toEqual([]);
    expect(store.takeRecoveryNotice()?.backupPath).toMatch(/\.corrupt-.*\.bak$/);
  });

  it('names a second backup made in the same millisecond apart', () => {
    fs.writeFileSync(file, 'x');
    createProfileStore({ dir, now });
    fs.writeFileSync(file, 'y');
    createProfileStore({ dir, now });
    expect(backups('.corrupt-').sort()).toEqual([
      'profiles.json.corrupt-2025-03-04T05-06-07.089Z-1.bak',
      'profiles.json.corrupt-2025-03-04T05-06-07.089Z.bak',
    ]);
  });
});

describe('schema versions', () => {
  it('migrates a v0 file on the first change, keeping a copy of the original', () => {
    const v0 = JSON.stringify({
      profiles: [
        {
          id: 'p1',
          name: 'Dev',
          userPoolId: 'eu-west-1_AbC123',
          clientId: 'client1',
          hasClientSecret: false,
          authFlow: 'srp',
          username: 'alice',
        },
      ],
    });
    fs.writeFileSync(file, v0);
    const store = createProfileStore({ dir, now });
    expect(store.takeRecoveryNotice()).toBeUndefined();
    expect(store.get('p1').refreshAheadSeconds).toBe(300);
    expect(fs.readFileSync(file, 'utf8')).toBe(v0); // reads never write
    store.setActive('p1');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
      schemaVersion: 2,
      activeProfileId: 'p1',
      profiles: [{ ...profile('p1', 'Dev'), signIn: 'password' }],
    });
    expect(fs.readFileSync(path.join(dir, backups('.v0-')[0] ?? ''), 'utf8')).toBe(v0);
  });

  it('migrates a v1 file (every profile a password one) on the first change, keeping a copy', () => {
    const v1 = JSON.stringify({
      schemaVersion: 1,
      profiles: [profile('p1', 'Dev'), { ...profile('p2', 'Choice'), authFlow: 'choice' }],
      activeProfileId: 'p2',
      secretIndex: [{ profileId: 'p1', kind: 'refresh-token' }],
      settings: { clipboardClearSeconds: 30 },
    });
    fs.writeFileSync(file, v1);
    const store = createProfileStore({ dir, now });
    expect(store.takeRecoveryNotice()).toBeUndefined();
    expect(store.list().map((p) => [p.name, p.signIn, p.authFlow])).toEqual([
      ['Dev', 'password', 'srp'],
      ['Choice', 'password', 'choice'],
    ]);
    expect(fs.readFileSync(file, 'utf8')).toBe(v1); // reads never write
    store.setActive('p1');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
      schemaVersion: 2,
      activeProfileId: 'p1',
      secretIndex: [{ profileId: 'p1', kind: 'refresh-token' }],
      settings: { clipboardClearSeconds: 30 },
      profiles: [
        { ...profile('p1', 'Dev'), signIn: 'password' },
        { ...profile('p2', 'Choice'), authFlow: 'choice', signIn: 'password' },
      ],
    });
    expect(fs.readFileSync(path.join(dir, backups('.v1-')[0] ?? ''), 'utf8')).toBe(v1);
  });

  it('refuses a file from a newer version without touching it', () => {
    const newer = JSON.stringify({ schemaVersion: 99, profiles: [], future: true });
    fs.writeFileSync(file, newer);
    let error: unknown;
    try {
      createProfileStore({ dir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).code).toBe('store-newer-version');
    expect(fs.readFileSync(file, 'utf8')).toBe(newer);
  });
});

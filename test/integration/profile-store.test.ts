import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProfileStore } from '../../src/main/profiles/create-profile-store';
import { serializeExport } from '../../src/main/profiles/export-file';
import { parseImportFile } from '../../src/main/profiles/import-file';
import { ProfileStore } from '../../src/main/profiles/profile-store';
import type { StoreBackend } from '../../src/main/profiles/store-file';
import { ProfileError } from '../../src/shared/errors';
import type { ProfileInput } from '../../src/shared/profile';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctm-store-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const input = (name: string, extra: Partial<ProfileInput> = {}): ProfileInput => ({
  name,
  userPoolId: 'eu-west-1_AbC123',
  clientId: 'client1',
  username: 'alice',
  ...extra,
});

function thrown(run: () => unknown): ProfileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error('expected a ProfileError');
}

const file = () => path.join(dir, 'profiles.json');

describe('profile store operations', () => {
  it('adds, finds by id or name in any case, and lists', () => {
    const store = createProfileStore({ dir });
    const dev = store.add(input('Dev'));
    expect(dev.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(dev.region).toBe('eu-west-1');
    expect(store.get(dev.id)).toEqual(dev);
    expect(store.get('dEV')).toEqual(dev);
    expect(store.find('nope')).toBeUndefined();
    expect(thrown(() => store.get('nope')).code).toBe('not-found');
    expect(store.list()).toEqual([dev]);
    // Another instance (another process, in real life) reads the same file.
    expect(createProfileStore({ dir }).list()).toEqual([dev]);
  });

  it('keeps names unique regardless of case', () => {
    const store = createProfileStore({ dir });
    store.add(input('Dev'));
    const error = thrown(() => store.add(input(' DEV ')));
    expect(error.code).toBe('duplicate-name');
    expect(error.message).toBe('A profile named "Dev" already exists; choose another name.');
  });

  it('refuses an invalid profile with one sentence per field', () => {
    const store = createProfileStore({ dir });
    const error = thrown(() => store.add(input('X', { userPoolId: 'xyz', region: 'eu-west-1' })));
    expect(error.code).toBe('invalid-profile');
    expect(error.details).toEqual([
      'userPoolId: "xyz" is not a user pool id (expected region_id, such as us-east-1_AbC123).',
    ]);
    expect(store.list()).toEqual([]);
  });

  it('updates: renames, re-derives the region, clears with null, checks names', () => {
    const store = createProfileStore({ dir });
    const dev = store.add(input('Dev', { label: 'mine', colour: '#112233' }));
    store.add(input('Prod'));
    const moved = store.update(dev.id, {
      name: 'Dev 2',
      userPoolId: 'us-east-2_New1',
      label: null,
    });
    expect(moved).toMatchObject({
      id: dev.id,
      name: 'Dev 2',
      region: 'us-east-2',
      colour: '#112233',
    });
    expect(moved.label).toBeUndefined();
    expect(thrown(() => store.update(dev.id, { name: 'prod' })).code).toBe('duplicate-name');
    expect(thrown(() => store.update(dev.id, { region: 'eu-west-1' })).details).toEqual([
      'region: "eu-west-1" contradicts the user pool id us-east-2_New1, which is in us-east-2.',
    ]);
    expect(thrown(() => store.update('missing', { label: 'x' })).code).toBe('not-found');
    expect(store.get(dev.id)).toEqual(moved);
  });

  it('removes a profile, returns it and clears the active mark', () => {
    const store = createProfileStore({ dir });
    const dev = store.add(input('Dev'));
    expect(store.setActive('dev')).toEqual(dev);
    expect(store.getActive()).toEqual(dev);
    expect(store.remove(dev.id)).toEqual(dev);
    expect(store.getActive()).toBeUndefined();
    expect(store.list()).toEqual([]);
  });

  it('keeps the secret index (idempotent) and settings', () => {
    const store = createProfileStore({ dir });
    const dev = store.add(input('Dev'));
    store.addSecretIndex(dev.id, 'refresh-token');
    store.addSecretIndex(dev.id, 'refresh-token');
    store.addSecretIndex(dev.id, 'client-secret');
    store.removeSecretIndex(dev.id, 'client-secret');
    store.removeSecretIndex(dev.id, 'never-added');
    // The index outlives remove(): the vault deletes the items, then their entries.
    store.remove(dev.id);
    expect(store.listSecretIndex()).toEqual([{ profileId: dev.id, kind: 'refresh-token' }]);
    expect(
      thrown(() => {
        store.addSecretIndex(dev.id, 'Bad Kind');
      }).code,
    ).toBe('invalid-profile');
    expect(store.updateSettings({ clipboardClearSeconds: 30, theme: 'dark' })).toEqual({
      clipboardClearSeconds: 30,
      theme: 'dark',
    });
    expect(store.updateSettings({ theme: null })).toEqual({ clipboardClearSeconds: 30 });
  });

  it('writes the documented file format, readable only by its owner', () => {
    const store = createProfileStore({ dir });
    const dev = store.add(input('Dev'));
    store.setActive(dev.id);
    store.addSecretIndex(dev.id, 'refresh-token');
    expect(JSON.parse(fs.readFileSync(file(), 'utf8'))).toEqual({
      schemaVersion: 2,
      profiles: [dev],
      activeProfileId: dev.id,
      secretIndex: [{ profileId: dev.id, kind: 'refresh-token' }],
      settings: {},
    });
    if (process.platform !== 'win32') expect(fs.statSync(file()).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(`${file()}.lock`)).toBe(false);
  });

  it('works over any backend with conf’s path/store API', () => {
    let saved: Record<string, unknown> = {};
    const backend: StoreBackend = {
      path: path.join(dir, 'memory.json'),
      get store() {
        return structuredClone(saved);
      },
      set store(value) {
        saved = structuredClone(value);
      },
    };
    const store = new ProfileStore(backend, { newId: () => 'fixed-id' });
    expect(store.add(input('Dev')).id).toBe('fixed-id');
    expect(saved).toMatchObject({ schemaVersion: 2, profiles: [{ id: 'fixed-id' }] });
  });
});

describe('export and import', () => {
  it('exports without ids or anything secret', () => {
    const store = createProfileStore({ dir });
    const dev = store.add(input('Dev', { hasClientSecret: true, rememberPassword: true }));
    store.addSecretIndex(dev.id, 'refresh-token');
    const text = serializeExport(store.exportProfiles());
    const envelope = JSON.parse(text) as { profiles: Record<string, unknown>[] };
    expect(envelope).toMatchObject({ format: 'cognito-token-manager/profiles', version: 1 });
    const keys = envelope.profiles.flatMap((p) => Object.keys(p));
    expect(keys).not.toContain('id');
    // The only secret-sounding keys are flags saying a secret exists elsewhere.
    const secretish = keys.filter((k) => /secret|password|token/i.test(k));
    expect(new Set(secretish)).toEqual(new Set(['hasClientSecret', 'rememberPassword']));
    expect(text).not.toContain(dev.id);
    expect(text).not.toContain('refresh-token');
    expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+/); // nothing shaped like a JWT
  });

  it('round-trips through an export file into another store', () => {
    const source = createProfileStore({ dir });
    source.add(input('Dev', { label: 'dev', endpoint: 'http://127.0.0.1:9229' }));
    source.add(input('Prod', { authFlow: 'password' }));
    const other = createProfileStore({ dir: path.join(dir, 'other') });
    const parsed = parseImportFile(serializeExport(source.exportProfiles()));
    const result = other.importProfiles(parsed.profiles);
    expect(result.added.map((p) => p.name)).toEqual(['Dev', 'Prod']);
    const strip = ({ id: _id, ...rest }: { id: string }) => rest;
    expect(other.list().map(strip)).toEqual(source.list().map(strip));
  });

  it('never overwrites an existing name unless asked', () => {
    const store = createProfileStore({ dir });
    const dev = store.add(input('Dev', { label: 'old' }));
    store.setActive(dev.id);
    const envelope = {
      format: 'cognito-token-manager/profiles',
      version: 1,
      profiles: [input('dev', { label: 'new' }), input('Fresh')],
    };
    const incoming = parseImportFile(JSON.stringify(envelope)).profiles;
    const [first] = incoming;
    if (!first) throw new Error('the envelope has profiles');

    const skipped = store.importProfiles(incoming);
    expect(skipped.added.map((p) => p.name)).toEqual(['Fresh']);
    expect(skipped.skipped).toEqual([
      {
        name: 'dev',
        reason: 'A profile named "Dev" already exists; import with overwrite to replace it.',
      },
    ]);
    expect(store.get('Dev').label).toBe('old');

    // Same pool, client, user and endpoint: the id (and so keychain items) stays.
    const kept = store.importProfiles([first], { overwrite: true });
    expect(kept.replaced).toMatchObject([
      { previous: { label: 'old' }, profile: { id: dev.id, name: 'dev', label: 'new' } },
    ]);

    // Another user: a new id, and the caller deletes the previous profile's keychain items.
    const otherUser = { ...first, username: 'bob' };
    const changed = store.importProfiles([otherUser], { overwrite: true });
    const [replacement] = changed.replaced;
    expect(replacement?.previous.id).toBe(dev.id);
    expect(replacement?.profile.id).not.toBe(dev.id);
    expect(store.getActive()?.id).toBe(replacement?.profile.id);
    expect(store.list().map((p) => p.name)).toEqual(['dev', 'Fresh']);
  });
});

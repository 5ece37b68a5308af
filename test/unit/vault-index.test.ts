import { describe, expect, it } from 'vitest';
import type { ProfileStore } from '../../src/main/profiles/profile-store';
import { KeytarVault } from '../../src/main/secrets/keytar-vault';
import {
  vaultIndexFromStore,
  type SecretIndexStore,
} from '../../src/main/secrets/profile-store-index';
import type { StoredIndexEntry } from '../../src/main/secrets/types';
import { FakeKeytar, recordingLogger } from '../support/fake-keytar';

// Fails to compile if the profile store's index methods drift from what the vault expects.
const storeFits: (store: ProfileStore) => SecretIndexStore = (store) => store;

/** The store's index methods over an array, as the real store keeps them in its file. */
function fakeStore(entries: StoredIndexEntry[]): SecretIndexStore {
  return {
    addSecretIndex: (profileId, kind) => {
      if (!entries.some((e) => e.profileId === profileId && e.kind === kind))
        entries.push({ profileId, kind });
    },
    removeSecretIndex: (profileId, kind) => {
      entries.splice(
        0,
        entries.length,
        ...entries.filter((e) => e.profileId !== profileId || e.kind !== kind),
      );
    },
    listSecretIndex: () => [...entries],
  };
}

describe('vaultIndexFromStore', () => {
  it('records and forgets items in the store as the vault writes and deletes them', async () => {
    expect(storeFits).toBeTypeOf('function');
    const entries: StoredIndexEntry[] = [];
    const keytar = new FakeKeytar();
    const vault = new KeytarVault({
      keytar,
      serviceName: 'svc',
      index: vaultIndexFromStore(fakeStore(entries)),
      log: recordingLogger(),
    });
    await vault.set('p1', 'refresh-token', 'r');
    await vault.set('p1', 'client-secret', 'c');
    expect(entries).toEqual([
      { profileId: 'p1', kind: 'refresh-token' },
      { profileId: 'p1', kind: 'client-secret' },
    ]);
    await vault.delete('p1', 'client-secret');
    expect(entries).toEqual([{ profileId: 'p1', kind: 'refresh-token' }]);
  });

  it('skips kinds it does not know when deleting a profile, and keeps their entries', async () => {
    const entries: StoredIndexEntry[] = [{ profileId: 'p1', kind: 'future-kind' }];
    const keytar = new FakeKeytar();
    const vault = new KeytarVault({
      keytar,
      serviceName: 'svc',
      index: vaultIndexFromStore(fakeStore(entries)),
      log: recordingLogger(),
    });
    await vault.set('p1', 'password', 'pw');
    expect(await vault.deleteAll('p1')).toBe(1);
    expect(entries).toEqual([{ profileId: 'p1', kind: 'future-kind' }]);
    expect(keytar.accounts('svc')).toEqual([]);
  });
});

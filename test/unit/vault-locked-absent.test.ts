// A locked keyring answers like an empty one (get null, delete false): the vault must tell the
// two apart for items its index lists, and keep the index entry until a delete is confirmed.
import { beforeEach, describe, expect, it } from 'vitest';
import { KeytarVault } from '../../src/main/secrets/keytar-vault';
import { MemoryVaultIndex } from '../../src/main/secrets/memory-index';
import { isVaultError, type VaultError } from '../../src/shared/errors';
import { FakeKeytar, recordingLogger } from '../support/fake-keytar';

const SERVICE = 'svc';
let keytar: FakeKeytar;
let index: MemoryVaultIndex;
let vault: KeytarVault;

beforeEach(() => {
  keytar = new FakeKeytar();
  index = new MemoryVaultIndex();
  vault = new KeytarVault({ keytar, serviceName: SERVICE, index, log: recordingLogger() });
});

async function caught(work: Promise<unknown>): Promise<VaultError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isVaultError(error)) throw new Error(`expected a VaultError, got ${String(error)}`);
  return error;
}

describe('KeytarVault on a keyring that locks mid-session', () => {
  it('a read of a listed item says the keyring is locked instead of "absent"', async () => {
    await vault.set('p1', 'refresh-token', 'r-token');
    keytar.locked = true;
    const error = await caught(vault.get('p1', 'refresh-token'));
    expect(error.code).toBe('locked');
    expect(error.message).toMatch(/^The refresh token was not read because the keyring is locked;/);
  });

  it('a read of an item nobody listed is still plain null, locked or not', async () => {
    keytar.locked = true;
    expect(await vault.get('p1', 'id-token')).toBeNull();
  });

  it('a listed item that is really gone reads as null once the keychain proves usable', async () => {
    await vault.set('p1', 'id-token', 'i-token');
    keytar.items.clear();
    expect(await vault.get('p1', 'id-token')).toBeNull();
  });

  it('a delete while locked throws and keeps the index entry, so nothing is left unlisted', async () => {
    await vault.set('p1', 'refresh-token', 'r-token');
    keytar.locked = true;
    const error = await caught(vault.delete('p1', 'refresh-token'));
    expect(error.code).toBe('locked');
    expect(error.message).toMatch(
      /^The refresh token was not deleted because the keyring is locked;/,
    );
    expect(index.list()).toEqual([{ profileId: 'p1', kind: 'refresh-token' }]);
    keytar.locked = false;
    expect(await vault.delete('p1', 'refresh-token')).toBe(true);
    expect(index.list()).toEqual([]);
    expect(keytar.accounts(SERVICE)).toEqual([]);
  });

  it('deleteAll while locked removes nothing from the index and says why', async () => {
    await vault.set('p1', 'refresh-token', 'r-token');
    await vault.set('p1', 'client-secret', 'c-secret');
    keytar.locked = true;
    expect((await caught(vault.deleteAll('p1'))).code).toBe('locked');
    expect(index.list()).toHaveLength(2);
  });

  it('a listed item already gone is dropped from the index once the keychain proves usable', async () => {
    await vault.set('p1', 'password', 'pw');
    keytar.items.clear();
    expect(await vault.delete('p1', 'password')).toBe(false);
    expect(index.list()).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { MemoryVaultIndex } from '../../src/main/secrets/memory-index';
import { MemoryVault } from '../../src/main/secrets/memory-vault';
import { accountName, chunkAccountName, vaultServiceName } from '../../src/main/secrets/naming';
import { SECRET_KINDS } from '../../src/main/secrets/types';

describe('MemoryVault', () => {
  it('round-trips every kind and forgets a profile on deleteAll', async () => {
    const vault = new MemoryVault();
    for (const kind of SECRET_KINDS) await vault.set('p1', kind, `${kind}-value`);
    await vault.set('p2', 'password', 'other');
    expect(await vault.get('p1', 'client-secret')).toBe('client-secret-value');
    expect(await vault.delete('p1', 'password')).toBe(true);
    expect(await vault.delete('p1', 'password')).toBe(false);
    expect(await vault.deleteAll('p1')).toBe(SECRET_KINDS.length - 1);
    expect(await vault.get('p1', 'refresh-token')).toBeNull();
    expect(await vault.get('p2', 'password')).toBe('other');
  });

  it('applies the keychain vault checks, so falling back changes nothing callers see', async () => {
    const vault = new MemoryVault();
    await expect(
      vault.set('p1', 'id-token', 'x'.repeat(vault.maxValueBytes + 1)),
    ).rejects.toMatchObject({ code: 'value-too-large' });
    await expect(vault.set('', 'id-token', 'x')).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(vault.get('p1', 'nope' as never)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(vault.maxValueBytes).toBe(40_000);
  });
});

describe('MemoryVaultIndex', () => {
  it('lists each pair once and returns copies', () => {
    const index = new MemoryVaultIndex([{ profileId: 'a', kind: 'password' }]);
    index.add('a', 'password');
    index.add('b', 'id-token');
    const listed = index.list();
    listed.pop();
    expect(index.list()).toEqual([
      { profileId: 'a', kind: 'password' },
      { profileId: 'b', kind: 'id-token' },
    ]);
    index.remove('a', 'password');
    expect(index.list()).toEqual([{ profileId: 'b', kind: 'id-token' }]);
  });
});

describe('names', () => {
  it('gives release and development builds different keychain services', () => {
    expect(vaultServiceName(false)).toBe('cognito-token-manager');
    expect(vaultServiceName(true)).toBe('cognito-token-manager-dev');
  });

  it('derives accounts from the profile id and kind', () => {
    expect(accountName('eu-west-1 main', 'refresh-token')).toBe('eu-west-1 main:refresh-token');
    expect(chunkAccountName('p:id-token', 2)).toBe('p:id-token#2');
  });
});

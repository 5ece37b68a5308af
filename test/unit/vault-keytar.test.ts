import { beforeEach, describe, expect, it } from 'vitest';
import { KeytarVault } from '../../src/main/secrets/keytar-vault';
import { MemoryVaultIndex } from '../../src/main/secrets/memory-index';
import { isVaultError, type VaultError } from '../../src/shared/errors';
import { FakeKeytar, recordingLogger } from '../support/fake-keytar';

const SERVICE = 'svc';
let keytar: FakeKeytar;
let index: MemoryVaultIndex;
let log: ReturnType<typeof recordingLogger>;
let vault: KeytarVault;

beforeEach(() => {
  keytar = new FakeKeytar();
  index = new MemoryVaultIndex();
  log = recordingLogger();
  vault = new KeytarVault({ keytar, serviceName: SERVICE, index, log });
});

async function caught(work: Promise<unknown>): Promise<VaultError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isVaultError(error)) throw new Error(`expected a VaultError, got ${String(error)}`);
  return error;
}

describe('KeytarVault', () => {
  it('stores one value per item under <profileId>:<kind>', async () => {
    await vault.set('p1', 'refresh-token', 'r-token');
    await vault.set('p1', 'client-secret', 'c-secret');
    expect(keytar.accounts(SERVICE)).toEqual(['p1:client-secret', 'p1:refresh-token']);
    expect(await vault.get('p1', 'refresh-token')).toBe('r-token');
    expect(await vault.get('p1', 'id-token')).toBeNull();
  });

  it('splits a value over 2500 bytes into items that each fit the Windows cap', async () => {
    const token = 'x'.repeat(6000);
    await vault.set('p1', 'id-token', token);
    expect(keytar.accounts(SERVICE)).toEqual([
      'p1:id-token',
      'p1:id-token#1',
      'p1:id-token#2',
      'p1:id-token#3',
    ]);
    expect(await vault.get('p1', 'id-token')).toBe(token);
  });

  it('removes chunks a shorter value no longer needs', async () => {
    await vault.set('p1', 'id-token', 'x'.repeat(7000));
    await vault.set('p1', 'id-token', 'y'.repeat(3000));
    expect(keytar.accounts(SERVICE)).toEqual(['p1:id-token', 'p1:id-token#1', 'p1:id-token#2']);
    await vault.set('p1', 'id-token', 'short');
    expect(keytar.accounts(SERVICE)).toEqual(['p1:id-token']);
    expect(await vault.get('p1', 'id-token')).toBe('short');
  });

  it('reads a value with a missing chunk as absent and says so in the log', async () => {
    await vault.set('p1', 'id-token', 'z'.repeat(5200));
    keytar.items.delete(`${SERVICE}/p1:id-token#2`);
    expect(await vault.get('p1', 'id-token')).toBeNull();
    expect(log.lines).toContain(
      'warn: Keychain item p1:id-token has missing or mismatched chunks; treating it as absent.',
    );
  });

  it('refuses a value over the cap without writing or truncating it', async () => {
    const error = await caught(vault.set('p1', 'id-token', 'q'.repeat(vault.maxValueBytes + 1)));
    expect(error.code).toBe('value-too-large');
    expect(error.message).toBe(
      `The ID token is ${vault.maxValueBytes + 1} bytes, more than the ${vault.maxValueBytes} bytes the keychain can hold, so it was not saved.`,
    );
    expect(keytar.calls).toEqual([]);
  });

  it('rejects bad input with invalid-input', async () => {
    expect((await caught(vault.set('', 'password', 'x'))).code).toBe('invalid-input');
    expect((await caught(vault.set('p\n1', 'password', 'x'))).code).toBe('invalid-input');
    expect((await caught(vault.set('p1', 'password', ''))).code).toBe('invalid-input');
    expect((await caught(vault.get('p1', 'session' as never))).code).toBe('invalid-input');
  });

  it('adds to the index before writing, so a failed write leaves no unlisted item', async () => {
    keytar.locked = true;
    const error = await caught(vault.set('p1', 'refresh-token', 'secret-value-1'));
    expect(error.code).toBe('locked');
    expect(error.message).toMatch(
      /^The refresh token was not saved because the keyring is locked; unlock/,
    );
    expect(index.list()).toEqual([{ profileId: 'p1', kind: 'refresh-token' }]);
  });

  it('maps keytar errors to codes and never puts the value in an error or a log line', async () => {
    keytar.failWith = 'Cannot autolaunch D-Bus without X11 $DISPLAY';
    const error = await caught(vault.set('p1', 'password', 'pa55-word-value'));
    expect(error.code).toBe('no-session-bus');
    expect(error.cause).toBeInstanceOf(Error);
    expect(`${error.message}\n${log.lines.join('\n')}`).not.toContain('pa55-word-value');
    expect(log.lines).toEqual([
      'warn: Keychain call for p1:password failed (no-session-bus): Cannot autolaunch D-Bus without X11 $DISPLAY',
    ]);
  });

  it('delete removes the item, its chunks and its index entry', async () => {
    await vault.set('p1', 'id-token', 'w'.repeat(5000));
    expect(await vault.delete('p1', 'id-token')).toBe(true);
    expect(keytar.accounts(SERVICE)).toEqual([]);
    expect(index.list()).toEqual([]);
    expect(await vault.delete('p1', 'id-token')).toBe(false);
  });

  it('deleteAll removes what the index lists for that profile only', async () => {
    await vault.set('p1', 'refresh-token', 'a');
    await vault.set('p1', 'access-token', 'b'.repeat(3000));
    await vault.set('p2', 'refresh-token', 'c');
    expect(await vault.deleteAll('p1')).toBe(2);
    expect(keytar.accounts(SERVICE)).toEqual(['p2:refresh-token']);
    expect(index.list()).toEqual([{ profileId: 'p2', kind: 'refresh-token' }]);
  });

  it('deleteAll tries every kind before throwing the first failure', async () => {
    await vault.set('p1', 'refresh-token', 'a');
    await vault.set('p1', 'password', 'b');
    keytar.calls.length = 0;
    keytar.failWith = 'The name org.freedesktop.secrets was not provided by any .service files';
    expect((await caught(vault.deleteAll('p1'))).code).toBe('no-secret-service');
    expect(
      keytar.calls.filter((call) => call.startsWith('get p1:') && call.endsWith('#1')),
    ).toEqual(['get p1:refresh-token#1', 'get p1:password#1']);
  });

  it('serialises writes to one item, so the last set wins whole', async () => {
    const long = 'L'.repeat(7000);
    await Promise.all([vault.set('p1', 'id-token', long), vault.set('p1', 'id-token', 'tiny')]);
    expect(await vault.get('p1', 'id-token')).toBe('tiny');
    expect(keytar.accounts(SERVICE)).toEqual(['p1:id-token']);
  });

  it('refuses a chunk size that would not fit the Windows cap', () => {
    expect(
      () => new KeytarVault({ keytar, serviceName: SERVICE, index, log, chunkBytes: 2600 }),
    ).toThrow(RangeError);
  });
});

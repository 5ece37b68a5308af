// The OS keychain behind SecretVault, through keytar. One value per (profile, kind); a value over
// the chunk size spans items `<account>#1..n` (see chunking.ts). The index is written before the
// keychain, so a crash can leave an index entry without an item but never an item nobody lists;
// an entry goes only once the keychain confirms the item is gone. A locked keyring reads as null
// and deletes as false, so an "absent" answer for a listed item is checked with a fresh probe.
import {
  DEFAULT_CHUNK_BYTES,
  joinChunks,
  layoutValue,
  MAX_CHUNKS,
  parseBaseItem,
} from './chunking';
import { errorText, keychainError, unreachableError } from './keychain-errors';
import { KeyedQueue } from '../concurrency/keyed-queue';
import { runProbe } from './probe';
import { serialKeytar } from './serial-keytar';
import { accountName, chunkAccountName } from './naming';
import type {
  KeytarApi,
  SecretKind,
  SecretVault,
  VaultIndex,
  VaultLogger,
  VaultStatus,
} from './types';
import { assertKind, assertProfileId, assertValue } from './validate';
import { isSecretKind } from './types';
import { VaultError } from '../../shared/errors';

/** What a KeytarVault needs: keytar itself, the service name, the index and a logger. */
export interface KeytarVaultOptions {
  keytar: KeytarApi;
  /** From vaultServiceName(isDev): the app and the CLI must use the same one. */
  serviceName: string;
  index: VaultIndex;
  log: VaultLogger;
  /** Largest piece per keychain item (default 2500 bytes, under Windows' 2560-byte cap). */
  chunkBytes?: number;
  /**
   * Tells a working keychain from a locked or unreachable one when a listed item reads as absent
   * (default: the set/get/delete canary probe over the same keytar).
   */
  recheck?: () => Promise<VaultStatus>;
}

type Action = 'read' | 'saved' | 'deleted';

/** SecretVault over the OS keychain (libsecret, macOS Keychain, Windows Credential Manager). */
export class KeytarVault implements SecretVault {
  /** Largest value accepted, in UTF-8 bytes: MAX_CHUNKS pieces of chunkBytes. */
  readonly maxValueBytes: number;
  readonly #chunkBytes: number;
  readonly #queue = new KeyedQueue();
  #rechecking: Promise<VaultStatus> | null = null;

  readonly #keytar: KeytarApi;

  readonly #options: KeytarVaultOptions;
  constructor(options: KeytarVaultOptions) {
    this.#options = options;
    this.#keytar = serialKeytar(options.keytar);
    this.#chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    if (!Number.isInteger(this.#chunkBytes) || this.#chunkBytes < 16 || this.#chunkBytes > 2500) {
      throw new RangeError('chunkBytes must be an integer from 16 to 2500.');
    }
    this.maxValueBytes = this.#chunkBytes * MAX_CHUNKS;
  }

  /**
   * The stored value, or null when there is none. A listed item that reads as null is checked:
   * a locked or unreachable keychain throws its VaultError instead of passing for "absent".
   */
  async get(profileId: string, kind: SecretKind): Promise<string | null> {
    assertProfileId(profileId);
    assertKind(kind);
    const account = accountName(profileId, kind);
    const value = await this.#queue.run(account, () => this.#read(account, kind));
    if (value === null) await this.#confirmAbsent(profileId, kind, 'read');
    return value;
  }

  /** Stores the value, replacing any earlier one; throws a VaultError when it cannot. */
  async set(profileId: string, kind: SecretKind, value: string): Promise<void> {
    assertProfileId(profileId);
    assertKind(kind);
    assertValue(value, kind, this.maxValueBytes);
    await this.#options.index.add(profileId, kind);
    const account = accountName(profileId, kind);
    await this.#queue.run(account, () => this.#write(account, kind, value));
  }

  /**
   * Removes the value, then its index entry; true when an item was removed. When nothing was
   * found for a listed item and the keychain proves locked or unreachable, throws its VaultError
   * and keeps the entry, so the item stays findable for a later clean-up.
   */
  async delete(profileId: string, kind: SecretKind): Promise<boolean> {
    assertProfileId(profileId);
    assertKind(kind);
    const account = accountName(profileId, kind);
    const removed = await this.#queue.run(account, () => this.#remove(account, kind));
    if (!removed) await this.#confirmAbsent(profileId, kind, 'deleted');
    await this.#options.index.remove(profileId, kind);
    return removed;
  }

  /** Removes every kind the index lists for the profile; tries them all, then throws the first error. */
  async deleteAll(profileId: string): Promise<number> {
    assertProfileId(profileId);
    const entries = await this.#options.index.list();
    const kinds = new Set(
      entries.flatMap((entry) =>
        entry.profileId === profileId && isSecretKind(entry.kind) ? [entry.kind] : [],
      ),
    );
    let removed = 0;
    let firstError: Error | null = null;
    for (const kind of kinds) {
      try {
        if (await this.delete(profileId, kind)) removed += 1;
      } catch (error) {
        firstError ??= error instanceof Error ? error : new Error(String(error));
      }
    }
    if (firstError !== null) throw firstError;
    return removed;
  }

  /** For a listed item the keychain called absent: throws unless the keychain proves usable. */
  async #confirmAbsent(
    profileId: string,
    kind: SecretKind,
    action: 'read' | 'deleted',
  ): Promise<void> {
    const entries = await this.#options.index.list();
    if (!entries.some((e) => e.profileId === profileId && e.kind === kind)) return;
    const status = await this.#recheck();
    if (status.ok) return;
    throw unreachableError(action, kind, status.reason);
  }

  // One check at a time, shared by every caller: concurrent canary writes on a locked
  // gnome-keyring were seen to hang until the probe's timeout.
  #recheck(): Promise<VaultStatus> {
    this.#rechecking ??= this.#runRecheck().finally(() => {
      this.#rechecking = null;
    });
    return this.#rechecking;
  }

  async #runRecheck(): Promise<VaultStatus> {
    if (this.#options.recheck) return this.#options.recheck();
    const keytar = this.#keytar;
    const { serviceName, log } = this.#options;
    const outcome = await runProbe({ serviceName, log, loadKeytar: () => Promise.resolve(keytar) });
    return outcome.status;
  }

  async #read(account: string, kind: SecretKind): Promise<string | null> {
    const base = await this.#call('read', kind, account, (k, s) => k.getPassword(s, account));
    if (base === null) return null;
    const item = parseBaseItem(base);
    if (item.type === 'plain') return item.value;
    if (item.type === 'corrupt') {
      this.#options.log.warn(
        `Keychain item ${account} has an unreadable header; treating it as absent.`,
      );
      return null;
    }
    const chunks: (string | null)[] = [];
    for (let n = 1; n <= item.count; n += 1) {
      const chunk = chunkAccountName(account, n);
      chunks.push(await this.#call('read', kind, chunk, (k, s) => k.getPassword(s, chunk)));
    }
    const value = joinChunks(item, chunks);
    if (value === null) {
      this.#options.log.warn(
        `Keychain item ${account} has missing or mismatched chunks; treating it as absent.`,
      );
    }
    return value;
  }

  async #write(account: string, kind: SecretKind, value: string): Promise<void> {
    const layout = layoutValue(value, this.#chunkBytes);
    // Chunks first, header last: the header is what makes the new value visible.
    for (const [i, piece] of layout.chunks.entries()) {
      const chunk = chunkAccountName(account, i + 1);
      await this.#call('saved', kind, chunk, (k, s) => k.setPassword(s, chunk, piece));
    }
    await this.#call('saved', kind, account, (k, s) => k.setPassword(s, account, layout.base));
    await this.#removeChunksFrom(account, kind, layout.chunks.length + 1);
  }

  async #remove(account: string, kind: SecretKind): Promise<boolean> {
    // Chunks before the base item, so an interrupted delete still leaves a base item to retry from.
    const chunksRemoved = await this.#removeChunksFrom(account, kind, 1);
    const baseRemoved = await this.#call('deleted', kind, account, (k, s) =>
      k.deletePassword(s, account),
    );
    return baseRemoved || chunksRemoved > 0;
  }

  /** Deletes chunks `first..` that exist, last first, so any left behind stay a gapless run. */
  async #removeChunksFrom(account: string, kind: SecretKind, first: number): Promise<number> {
    let last = first - 1;
    while (last < MAX_CHUNKS) {
      const chunk = chunkAccountName(account, last + 1);
      const found = await this.#call('deleted', kind, chunk, (k, s) => k.getPassword(s, chunk));
      if (found === null) break;
      last += 1;
    }
    for (let n = last; n >= first; n -= 1) {
      const chunk = chunkAccountName(account, n);
      await this.#call('deleted', kind, chunk, (k, s) => k.deletePassword(s, chunk));
    }
    return last - first + 1;
  }

  /** One keytar call; a rejection becomes a VaultError and a log line (neither holds the value). */
  async #call<T>(
    action: Action,
    kind: SecretKind,
    account: string,
    operation: (keytar: KeytarApi, service: string) => Promise<T>,
  ): Promise<T> {
    try {
      return await operation(this.#keytar, this.#options.serviceName);
    } catch (error) {
      const vaultError: VaultError = keychainError(action, kind, error);
      this.#options.log.warn(
        `Keychain call for ${account} failed (${vaultError.code}): ${errorText(error)}`,
      );
      throw vaultError;
    }
  }
}

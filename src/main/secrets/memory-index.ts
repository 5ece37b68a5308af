import type { SecretKind, VaultIndex, VaultIndexEntry } from './types';

/** A VaultIndex held in memory: for tests, and for callers with no profile store. */
export class MemoryVaultIndex implements VaultIndex {
  readonly #entries: VaultIndexEntry[];

  /** Starts with a copy of `initial` (e.g. entries a test wants to pretend were persisted). */
  constructor(initial: readonly VaultIndexEntry[] = []) {
    this.#entries = initial.map((entry) => ({ ...entry }));
  }

  /** Records the pair once, however often it is added. */
  add(profileId: string, kind: SecretKind): void {
    if (!this.#has(profileId, kind)) this.#entries.push({ profileId, kind });
  }

  /** Forgets the pair if listed. */
  remove(profileId: string, kind: SecretKind): void {
    const at = this.#entries.findIndex((e) => e.profileId === profileId && e.kind === kind);
    if (at >= 0) this.#entries.splice(at, 1);
  }

  /** A copy of every entry, in the order added. */
  list(): VaultIndexEntry[] {
    return this.#entries.map((entry) => ({ ...entry }));
  }

  #has(profileId: string, kind: SecretKind): boolean {
    return this.#entries.some((e) => e.profileId === profileId && e.kind === kind);
  }
}

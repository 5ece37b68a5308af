// The keychain's stand-in when the probe fails: same interface and checks, nothing outlives the
// process. It leaves the index alone: the index describes the keychain, and entries from an
// earlier session stay listed so a session with a working keychain can still delete them.
import { DEFAULT_CHUNK_BYTES, MAX_CHUNKS } from './chunking';
import { accountName } from './naming';
import { SECRET_KINDS, type SecretKind, type SecretVault } from './types';
import { assertKind, assertProfileId, assertValue } from './validate';

/** SecretVault kept in process memory only; used when the keychain does not work. */
export class MemoryVault implements SecretVault {
  /** Same cap as the keychain vault, so falling back never changes what can be saved. */
  readonly maxValueBytes = DEFAULT_CHUNK_BYTES * MAX_CHUNKS;
  readonly #values = new Map<string, string>();

  /** The value kept this session, or null. */
  get(profileId: string, kind: SecretKind): Promise<string | null> {
    return Promise.resolve().then(() => {
      assertProfileId(profileId);
      assertKind(kind);
      return this.#values.get(accountName(profileId, kind)) ?? null;
    });
  }

  /** Keeps the value until the process ends. */
  set(profileId: string, kind: SecretKind, value: string): Promise<void> {
    return Promise.resolve().then(() => {
      assertProfileId(profileId);
      assertKind(kind);
      assertValue(value, kind, this.maxValueBytes);
      this.#values.set(accountName(profileId, kind), value);
    });
  }

  /** Forgets the value; true when there was one. */
  delete(profileId: string, kind: SecretKind): Promise<boolean> {
    return Promise.resolve().then(() => {
      assertProfileId(profileId);
      assertKind(kind);
      return this.#values.delete(accountName(profileId, kind));
    });
  }

  /** Forgets every kind kept for the profile; returns how many there were. */
  async deleteAll(profileId: string): Promise<number> {
    let removed = 0;
    for (const kind of SECRET_KINDS) {
      if (await this.delete(profileId, kind)) removed += 1;
    }
    return removed;
  }
}

// Reads and writes the profile file through conf or electron-store (injected), with the
// lock + re-read + modify + write + unlock cycle and the recovery of corrupt files.
import fs from 'node:fs';
import { ProfileError } from '../../shared/errors';
import { acquireFileLock, releaseFileLock, type FileLockOptions } from './file-lock';
import { decodeStore, unparsable, type DecodedStore } from './decode-store';
import { StoreDataSchema, type StoreData } from './store-data';
import { unparsableReason } from './store-options';
import { issueSentences } from '../../shared/profile';
import { PRODUCT_NAME } from '../../shared/product';

/** What the store needs from conf or electron-store: the file's path and whole-store get/set. */
export interface StoreBackend {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Said once, after a corrupt file was set aside: where the original is and what happened. */
export interface RecoveryNotice {
  backupPath: string;
  /** One sentence for the user. */
  reason: string;
  /** One sentence per problem found, for a details view or --verbose. */
  details: string[];
}

/** Lock tuning and a clock for tests. */
export interface StoreFileOptions extends FileLockOptions {
  now?: () => Date;
}

/** The profile file behind an injected conf-like backend. */
export class StoreFile {
  readonly #backend: StoreBackend;
  readonly #options: StoreFileOptions;
  readonly #notices: RecoveryNotice[] = [];
  #hasRead = false;

  constructor(backend: StoreBackend, options: StoreFileOptions = {}) {
    this.#backend = backend;
    this.#options = options;
  }

  /** The profile file's path. */
  get path(): string {
    return this.#backend.path;
  }

  /** The oldest pending recovery notice, returned once; reads the file first if nothing has yet. */
  takeNotice(): RecoveryNotice | undefined {
    if (!this.#hasRead) this.read();
    return this.#notices.shift();
  }

  /** The current data; a corrupt file is recovered (under the lock) first. */
  read(): StoreData {
    const decoded = this.#decode();
    if (decoded.kind === 'ok') return decoded.data;
    return this.#locked(() => this.#readLocked());
  }

  /** Lock, re-read, let `change` edit the data in place, validate, write, unlock. */
  mutate<T>(change: (data: StoreData) => T): T {
    return this.#locked(() => {
      const data = this.#readLocked();
      const result = change(data);
      const checked = StoreDataSchema.safeParse(data);
      if (!checked.success) {
        throw new ProfileError(
          'invalid-profile',
          'The change would leave the profile file invalid, so it was not saved.',
          issueSentences(checked.error),
        );
      }
      this.#write(checked.data);
      return result;
    });
  }

  #locked<T>(fn: () => T): T {
    const lockPath = `${this.path}.lock`;
    const token = acquireFileLock(lockPath, this.#options);
    try {
      return fn();
    } finally {
      releaseFileLock(lockPath, token);
    }
  }

  #decode(): DecodedStore {
    this.#hasRead = true;
    let raw: Record<string, unknown>;
    try {
      raw = this.#backend.store;
    } catch (error) {
      // A backend built without profileStoreOptions throws on bad JSON instead.
      if (error instanceof SyntaxError) return unparsable('it is not valid JSON');
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new ProfileError(
        'store-unreadable',
        `The profile file ${this.path} cannot be read (${code}); check its permissions.`,
        [],
        { cause: error },
      );
    }
    const why = unparsableReason(raw);
    return why === null ? decodeStore(raw) : unparsable(why);
  }

  // Only call with the lock held: recovery and migration write the file.
  #readLocked(): StoreData {
    const decoded = this.#decode();
    if (decoded.kind === 'newer') {
      throw new ProfileError(
        'store-newer-version',
        `The profile file was written by a newer ${PRODUCT_NAME} (schema version ${decoded.version}); update this one to use it.`,
      );
    }
    if (decoded.kind === 'ok') {
      if (decoded.migratedFrom !== undefined) {
        // Keep the pre-migration file so a downgrade or a bad migration loses nothing.
        fs.copyFileSync(
          this.path,
          this.#freePath(`${this.path}.v${decoded.migratedFrom}-${this.#stamp()}.bak`),
        );
        this.#write(decoded.data);
      }
      return decoded.data;
    }
    const backupPath = this.#freePath(`${this.path}.corrupt-${this.#stamp()}.bak`);
    fs.renameSync(this.path, backupPath); // the original bytes, untouched
    this.#write(decoded.salvaged);
    this.#notices.push({ backupPath, reason: decoded.reason, details: decoded.details });
    return decoded.salvaged;
  }

  #write(data: StoreData): void {
    this.#backend.store = data;
  }

  // ISO time with ':' as '-', since Windows file names cannot hold ':'.
  #stamp(): string {
    return (this.#options.now?.() ?? new Date()).toISOString().replace(/:/g, '-');
  }

  #freePath(wanted: string): string {
    let candidate = wanted;
    for (let n = 1; fs.existsSync(candidate); n += 1)
      candidate = wanted.replace(/\.bak$/, `-${n}.bak`);
    return candidate;
  }
}

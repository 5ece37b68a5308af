// An in-memory keytar for unit tests, with the real one's quirks on demand: a locked keyring
// reads as null and rejects writes with gnome-keyring's own message.
import type { KeytarApi } from '../../src/main/secrets/types';

/** Windows' per-item cap, enforced so a test notices any item written over it. */
export const WINDOWS_ITEM_CAP = 2560;

/** A fake keychain: `items` maps "service/account" to the stored value. */
export class FakeKeytar implements KeytarApi {
  readonly items = new Map<string, string>();
  locked = false;
  /** When set, every call rejects with this message (e.g. a missing bus). */
  failWith: string | null = null;
  /** Every call, in order, as "op account". */
  readonly calls: string[] = [];

  getPassword(service: string, account: string): Promise<string | null> {
    return this.#act(`get ${account}`, () =>
      this.locked ? null : (this.items.get(`${service}/${account}`) ?? null),
    );
  }

  setPassword(service: string, account: string, password: string): Promise<void> {
    return this.#act(`set ${account}`, () => {
      if (this.locked) throw new Error('Cannot create an item in a locked collection');
      if (Buffer.byteLength(password) > WINDOWS_ITEM_CAP)
        throw new Error('item over the Windows cap');
      this.items.set(`${service}/${account}`, password);
    });
  }

  deletePassword(service: string, account: string): Promise<boolean> {
    return this.#act(
      `delete ${account}`,
      () => !this.locked && this.items.delete(`${service}/${account}`),
    );
  }

  /** The accounts stored for a service, sorted. */
  accounts(service: string): string[] {
    return [...this.items.keys()]
      .filter((key) => key.startsWith(`${service}/`))
      .map((key) => key.slice(service.length + 1))
      .sort();
  }

  #act<T>(call: string, work: () => T): Promise<T> {
    this.calls.push(call);
    return new Promise((resolve, reject) => {
      setImmediate(() => {
        try {
          if (this.failWith !== null) throw new Error(this.failWith);
          resolve(work());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
  }
}

/** A logger that keeps its lines for assertions. */
export function recordingLogger(): {
  lines: string[];
  info(m: string): void;
  warn(m: string): void;
} {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(`info: ${message}`),
    warn: (message) => lines.push(`warn: ${message}`),
  };
}

// A profile-store backend for plain Node (the CLI, tools, tests) and short runs. conf (with ajv
// and semver) takes longer to load than the rest of `cognito-tokens token` together, yet reading
// the file needs none of it: reads here parse the file the way conf would, and conf is loaded
// only for the first write.
import fs from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import type { StoreBackend } from './store-file';
import type { profileStoreOptions } from './store-options';

type StoreOptions = ReturnType<typeof profileStoreOptions>;

/** Loads conf synchronously: StoreFile writes inside a sync lock, so import() cannot be awaited. */
function loadConf(): typeof Conf {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above; CLI-only file
  const loaded = require('conf') as { default: typeof Conf };
  return loaded.default;
}

/** A prototype-less object, as conf hands out. */
function plainObject(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** A StoreBackend that reads the file itself and hands every write to conf. */
export class ReadFirstBackend implements StoreBackend {
  readonly path: string;
  readonly #options: StoreOptions;
  #writer: StoreBackend | undefined;

  constructor(options: StoreOptions) {
    this.#options = options;
    // conf's own rule for the file's path.
    this.path = path.resolve(options.cwd, `${options.configName}.${options.fileExtension}`);
  }

  /** The parsed file, as conf's getter returns it (an empty object when there is no file). */
  get store(): Record<string, unknown> {
    let text: string;
    try {
      text = fs.readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return plainObject();
      throw error;
    }
    // Object.assign copies the deserializer's symbol key that marks an unparsable file.
    return Object.assign(plainObject(), this.#options.deserialize(text));
  }

  /** Writes through conf, exactly as the app's electron-store would. */
  set store(value: Record<string, unknown>) {
    if (!this.#writer) {
      const ConfClass = loadConf();
      this.#writer = new ConfClass<Record<string, unknown>>(this.#options);
    }
    this.#writer.store = value;
  }
}

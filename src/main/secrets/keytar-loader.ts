// keytar is a native module: it may be missing, or built for another Node or Electron ABI.
// Loading it lazily turns either case into a probe failure instead of a crash at start-up.
import { keytarBuildMismatch } from './keytar-build';
import type { KeytarApi } from './types';

/** The three calls the vault uses, bound from a loaded module; null when they are not there. */
function pickApi(candidate: unknown): KeytarApi | null {
  if (typeof candidate !== 'object' || candidate === null) return null;
  const { getPassword, setPassword, deletePassword } = candidate as Partial<
    Record<keyof KeytarApi, unknown>
  >;
  if (
    typeof getPassword !== 'function' ||
    typeof setPassword !== 'function' ||
    typeof deletePassword !== 'function'
  ) {
    return null;
  }
  // Only these three leave this file, so nothing can reach keytar's listing call (it segfaults on a locked keyring).
  return {
    getPassword: getPassword as KeytarApi['getPassword'],
    setPassword: setPassword as KeytarApi['setPassword'],
    deletePassword: deletePassword as KeytarApi['deletePassword'],
  };
}

/** Loads keytar; rejects when the module is absent, fails to load, or lacks its functions. */
export function loadKeytar(): Promise<KeytarApi> {
  try {
    return Promise.resolve(keytarApiOf(requireKeytar()));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

// require, not import(): keytar is CommonJS, and import() of it would load Node's ESM loader and
// its CommonJS lexer, which cost `cognito-tokens token` a tenth of Node's start-up.
function requireKeytar(): unknown {
  const mismatch = keytarBuildMismatch(() => require.resolve('keytar/package.json'), {
    napi: process.versions.napi,
    node: process.versions.node,
  });
  if (mismatch) throw new Error(mismatch);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  return require('keytar') as unknown;
}

function keytarApiOf(loaded: unknown): KeytarApi {
  // Under require() the functions sit on the module; under a bundler's interop, on `default`.
  const api = pickApi((loaded as { default?: unknown } | null)?.default) ?? pickApi(loaded);
  if (api === null) throw new Error('The keytar module loaded without its password functions.');
  return api;
}

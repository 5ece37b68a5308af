// keytar is a native module: it may be missing, or built for another Node or Electron ABI.
// Loading it lazily turns either case into a probe failure instead of a crash at start-up.
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
export async function loadKeytar(): Promise<KeytarApi> {
  const loaded: unknown = await import('keytar');
  // keytar is CommonJS: under import() its functions sit on `default` (and maybe the namespace).
  const api = pickApi((loaded as { default?: unknown } | null)?.default) ?? pickApi(loaded);
  if (api === null) throw new Error('The keytar module loaded without its password functions.');
  return api;
}

// The options conf (CLI, tests) and electron-store (app) are built with, so both open the same
// file the same way. The app passes these to `new Store(profileStoreOptions(resolveDataDir()))`.

/** The profile file is `<dir>/profiles.json`. */
export const PROFILE_FILE_NAME = 'profiles';

// A file that is not a JSON object deserializes to an object holding only this key, so conf
// and electron-store never throw while opening it and the store can set it aside instead. A
// string key, since conf 16 hands back a deep copy of the data, which keeps no symbol keys; the
// NUL makes it a key no profile file of ours holds (the strict schema would refuse it anyway).
const UNPARSABLE = '\u0000ctm:unparsable';

function tolerantParse(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser's message quotes file content; say only what kind of problem it is.
    return { [UNPARSABLE]: text.trim() === '' ? 'it is empty' : 'it is not valid JSON' };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  return { [UNPARSABLE]: 'it holds no JSON object' };
}

/** Why a raw store could not be parsed, or null when it was parsed. */
export function unparsableReason(raw: object): string | null {
  const reason: unknown = Reflect.get(raw, UNPARSABLE);
  return typeof reason === 'string' ? reason : null;
}

/** The conf / electron-store options for the profile file in `dir`. */
export function profileStoreOptions(dir: string) {
  return {
    cwd: dir,
    configName: PROFILE_FILE_NAME,
    fileExtension: 'json',
    // The store validates with zod and recovers a bad file itself; conf must neither clear it
    // nor throw while opening it.
    clearInvalidConfig: false,
    deserialize: tolerantParse,
    accessPropertiesByDotNotation: false,
    // Nothing secret is stored, but pool ids and usernames are nobody else's business.
    configFileMode: 0o600,
  } as const;
}

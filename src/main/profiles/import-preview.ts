// What an import would change, worked out before anything is written: each profile of the file
// beside the stored one of the same name (names are unique regardless of case). The window shows
// this and asks what to do with each conflict; the import itself then follows those choices.
import { nameKey, type NewProfile, type Profile } from '../../shared/profile';
import { EXPORTED_KEYS } from './export-file';

/** New (no profile has the name), identical to the stored one, or different from it. */
export type ImportStatus = 'new' | 'identical' | 'conflict';

/** One profile of the file as the preview shows it. */
export interface ImportPreviewItem {
  name: string;
  status: ImportStatus;
  /** Where it points; for a conflict, what differs between the stored one and the file's. */
  detail: string;
}

type Key = (typeof EXPORTED_KEYS)[number];

// The fields a person tells profiles apart by, in the words the preview uses.
const WORDS: Partial<Record<Key, string>> = {
  signIn: 'signs in by',
  userPoolId: 'pool',
  clientId: 'client',
  username: 'user',
  domain: 'domain',
  endpoint: 'endpoint',
};
const WHERE: readonly Key[] = ['userPoolId', 'clientId', 'username', 'domain'];

function text(value: unknown): string {
  if (value === undefined) return 'none';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function describe(profile: NewProfile | Profile, keys: readonly Key[]): string {
  return keys
    .filter((key) => key !== 'name' && (profile[key] !== undefined || keys !== WHERE))
    .map((key) => `${WORDS[key] ?? key} ${text(profile[key])}`)
    .join(', ');
}

/** Each incoming profile against `stored`: new, identical, or a conflict with what differs. */
export function previewImport(
  stored: readonly Profile[],
  incoming: readonly NewProfile[],
): ImportPreviewItem[] {
  return incoming.map((profile) => {
    const key = nameKey(profile.name);
    const previous = stored.find((p) => nameKey(p.name) === key);
    if (!previous) return { name: profile.name, status: 'new', detail: describe(profile, WHERE) };
    const differing = EXPORTED_KEYS.filter(
      (k) => k !== 'name' && JSON.stringify(profile[k]) !== JSON.stringify(previous[k]),
    );
    if (differing.length === 0) {
      return { name: profile.name, status: 'identical', detail: describe(previous, WHERE) };
    }
    return {
      name: profile.name,
      status: 'conflict',
      detail: `here: ${describe(previous, differing)}; in the file: ${describe(profile, differing)}`,
    };
  });
}

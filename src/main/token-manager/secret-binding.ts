// A client secret is bound to the host and app client it was given for: the managed-login
// domain, the endpoint, the user pool and the client id. An edit that changes any of them drops
// the secret (unless it brings a new one), so it is never sent to a host the user did not give
// it for. Why it was dropped is kept in the store's settings (not a secret), so the window and
// the CLI can ask for it again and say why.
import type { Profile } from '../../shared/profile';
import type { ProfileStore } from '../profiles/profile-store';

/** Each field a secret is bound to, and how a sentence names it. */
const BOUND_TO = [
  ['domain', 'domain'],
  ['endpoint', 'endpoint'],
  ['userPoolId', 'user pool'],
  ['clientId', 'app client'],
] as const satisfies readonly (readonly [keyof Profile, string])[];

const WORDS: readonly string[] = BOUND_TO.map(([, words]) => words);

/** What of a client secret's binding differs between two versions of a profile, in words. */
export function bindingChanges(before: Profile, after: Profile): string[] {
  return BOUND_TO.filter(([key]) => before[key] !== after[key]).map(([, words]) => words);
}

const keyOf = (profileId: string): string => `clientSecretDropped:${profileId}`;

/** "domain", "domain and endpoint", "domain, endpoint and app client". */
function listed(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** Why a profile's client secret was dropped, stored; earlier reasons stay (in field order). */
export function noteDroppedSecret(store: ProfileStore, profileId: string, changes: string[]): void {
  const earlier = store.getSettings()[keyOf(profileId)];
  const all = new Set([...(Array.isArray(earlier) ? earlier : []), ...changes]);
  store.updateSettings({ [keyOf(profileId)]: WORDS.filter((w) => all.has(w)) });
}

/** Forgets why the secret was dropped: a new one was given, or the profile needs none. */
export function clearDroppedSecret(store: ProfileStore, profileId: string): void {
  if (store.getSettings()[keyOf(profileId)] !== undefined) {
    store.updateSettings({ [keyOf(profileId)]: null });
  }
}

function reasonOf(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const words = WORDS.filter((w) => value.includes(w));
  return words.length === 0 ? undefined : `its ${listed(words)} changed`;
}

/** "its domain changed" when an edit dropped the profile's client secret; else undefined. */
export function droppedSecretReason(store: ProfileStore, profileId: string): string | undefined {
  return reasonOf(store.getSettings()[keyOf(profileId)]);
}

/** Every profile whose client secret an edit dropped, with why, from one read of the store. */
export function droppedSecretReasons(store: ProfileStore): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const [key, value] of Object.entries(store.getSettings())) {
    const reason = key.startsWith(keyOf('')) ? reasonOf(value) : undefined;
    if (reason) reasons.set(key.slice(keyOf('').length), reason);
  }
  return reasons;
}

// The quick answers when the keychain already holds fresh tokens: read the profile file and the
// keychain, decode the expiry, done. `cognito-tokens token` reads one item, the token it prints
// (each read is a Secret Service round trip); the commands that need the whole session read both.
// The full path (ProfileStore with its zod schemas, the keychain probe, SessionManager) costs more
// to load than this whole answer; it still runs whenever this reader is unsure, so every refresh,
// error and notice comes from it.
import type { TokenSet } from '../shared/auth';
import type { TokenKind } from '../shared/token-text';
import { decodeJwtPayload, tokenSetFromJwts } from '../main/cognito/jwt';
import type { AppLog } from '../main/log/file-log';
import { readProfileFile } from './profile-file';
import { KeytarVault } from '../main/secrets/keytar-vault';
import { loadKeytar } from '../main/secrets/keytar-loader';
import type { KeytarApi, VaultIndex } from '../main/secrets/types';
import { isFresh } from '../main/sessions/refresh-window';
import { bootClockMs, driftNow } from '../main/sessions/clock-drift';
import { isRecord } from '../shared/records';

export { readProfileFile } from './profile-file';

/** The profile file version this reader knows; any other version takes the full path. */
export const FAST_PATH_SCHEMA_VERSION = 2;

/** What the quick reader needs to know about a profile. */
export interface RawProfile {
  id: string;
  refreshAheadSeconds: number;
  /** The measured clock drift (ms to add to the local clock), 0 when never measured. */
  driftMs: number;
  /** What `token` prints unless asked: the ID token, or the access token of an M2M profile. */
  defaultKind: TokenKind;
}

/** Where to look, and for which profile (the active one when none is named). */
export interface FastTokenRequest {
  dataDir: string;
  serviceName: string;
  idOrName?: string | undefined;
  /** The token asked for (--id, --access); the profile's default when absent. */
  kind?: TokenKind | undefined;
  log: AppLog;
  now?: number;
  loadKeytar?: () => Promise<KeytarApi>;
}

/** Names compare as the store compares them (shared/profile's nameKey), without loading zod. */
export function fastNameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

// The sign-in kinds and the token each prints by default; an unknown kind takes the full path.
const DEFAULT_KINDS: Readonly<Record<string, TokenKind>> = {
  password: 'id',
  browser: 'id',
  'client-credentials': 'access',
};

function asRawProfile(entry: unknown, settings: unknown): RawProfile | null {
  if (!isRecord(entry) || typeof entry.id !== 'string' || entry.id === '') return null;
  const ahead = entry.refreshAheadSeconds;
  if (typeof ahead !== 'number' || !Number.isInteger(ahead) || ahead < 0) return null;
  // The store writes signIn on every profile; one without it is a password profile (v1's kind).
  const signIn = entry.signIn ?? 'password';
  const defaultKind = typeof signIn === 'string' ? DEFAULT_KINDS[signIn] : undefined;
  if (defaultKind === undefined) return null;
  // As the sessions judge it: a drift kept across a step of the wall clock counts cautiously.
  const { driftMs } = driftNow(
    isRecord(settings) ? settings : {},
    entry.id,
    Date.now(),
    bootClockMs(),
  );
  return { id: entry.id, refreshAheadSeconds: ahead, driftMs, defaultKind };
}

/** The profile file's entry a name or id picks (the active one for none), or undefined. */
export function pickProfileEntry(
  file: unknown,
  idOrName?: string,
): { entry: Record<string, unknown>; settings: unknown } | undefined {
  if (!isRecord(file) || file.schemaVersion !== FAST_PATH_SCHEMA_VERSION) return undefined;
  const profiles = Array.isArray(file.profiles) ? file.profiles.filter(isRecord) : [];
  let entry: Record<string, unknown> | undefined;
  if (idOrName === undefined) {
    const active = file.activeProfileId;
    entry = typeof active === 'string' ? profiles.find((p) => p.id === active) : undefined;
  } else {
    const key = fastNameKey(idOrName);
    entry =
      profiles.find((p) => p.id === idOrName) ??
      profiles.find((p) => typeof p.name === 'string' && fastNameKey(p.name) === key);
  }
  return entry ? { entry, settings: file.settings } : undefined;
}

/** The profile a parsed profile file names (by id, name in any case, or the active mark), or null. */
export function pickRawProfile(file: unknown, idOrName?: string): RawProfile | null {
  const picked = pickProfileEntry(file, idOrName);
  return picked ? asRawProfile(picked.entry, picked.settings) : null;
}

/** True when tokens are outside the profile's refresh-ahead window, as SessionManager decides. */
export function isFreshFor(
  tokens: Pick<TokenSet, 'expiresAt' | 'issuedAt'>,
  profile: Pick<RawProfile, 'refreshAheadSeconds' | 'driftMs'>,
  now: number,
): boolean {
  // Cognito's time, as the sessions judge it: the local clock plus the measured drift.
  return isFresh(profile.refreshAheadSeconds, tokens, now + profile.driftMs);
}

// Reads never touch the index; a write here would be a bug, so it fails loudly.
const READ_ONLY_INDEX: VaultIndex = {
  add: () => {
    throw new Error('The quick token reader never writes to the keychain.');
  },
  remove: () => {
    throw new Error('The quick token reader never writes to the keychain.');
  },
  list: () => [],
};

/** A vault that only reads, straight over keytar (no probe, no index, no store). */
export async function readOnlyVault(request: FastTokenRequest): Promise<KeytarVault> {
  const keytar = await (request.loadKeytar ?? loadKeytar)();
  return new KeytarVault({
    keytar,
    serviceName: request.serviceName,
    index: READ_ONLY_INDEX,
    log: request.log,
  });
}

/** A token's expiry and issue time, as SessionManager reads them from a TokenSet. */
function lifetimeOf(token: string): Pick<TokenSet, 'expiresAt' | 'issuedAt'> | null {
  const { exp, iat } = decodeJwtPayload(token);
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return null;
  const issued = typeof iat === 'number' && Number.isFinite(iat) ? { issuedAt: iat * 1000 } : {};
  return { expiresAt: exp * 1000, ...issued };
}

/**
 * The profile's cached token of the kind asked for (its default otherwise), when it is outside
 * its refresh window; null when the full path must answer instead. It judges the token it
 * prints: an ID token with time left is printed even if the access token beside it is due.
 */
export async function cachedTokenFast(request: FastTokenRequest): Promise<string | null> {
  const profile = pickRawProfile(readProfileFile(request.dataDir), request.idOrName);
  if (!profile) return null;
  const kind = request.kind ?? profile.defaultKind;
  try {
    const vault = await readOnlyVault(request);
    const token = await vault.get(profile.id, kind === 'id' ? 'id-token' : 'access-token');
    if (!token) return null;
    request.log.addSecret(token);
    const lifetime = lifetimeOf(token);
    return lifetime && isFreshFor(lifetime, profile, request.now ?? Date.now()) ? token : null;
  } catch {
    // A missing keytar, no bus, a locked keyring, a token that is not a JWT: the full path
    // probes and explains.
    return null;
  }
}

/** The profile's cached tokens when outside its refresh window, else null. */
export async function freshCachedTokens(
  request: FastTokenRequest,
  profile: RawProfile,
): Promise<TokenSet | null> {
  try {
    const vault = await readOnlyVault(request);
    const [idToken, accessToken] = await Promise.all([
      vault.get(profile.id, 'id-token'),
      vault.get(profile.id, 'access-token'),
    ]);
    request.log.addSecret(idToken);
    request.log.addSecret(accessToken);
    if (!accessToken) return null;
    const tokens = tokenSetFromJwts({ idToken: idToken ?? undefined, accessToken });
    return tokens && isFreshFor(tokens, profile, request.now ?? Date.now()) ? tokens : null;
  } catch {
    // A missing keytar, no bus, a locked keyring: the full path probes and explains.
    return null;
  }
}

// The quick answer to `cognito-tokens token` when the keychain already holds a fresh token: read
// the profile file and the one keychain item of the token asked for, decode its expiry, done. One
// read, since each costs a Secret Service round trip, and two at once cost more than one after
// the other. The full path (ProfileStore with its zod schemas, the keychain probe, SessionManager)
// costs more to load than this whole answer; it still runs whenever this reader is unsure, so
// every refresh, error and notice comes from it.
import fs from 'node:fs';
import path from 'node:path';
import type { TokenSet } from '../shared/auth';
import type { TokenKind } from '../shared/token-text';
import { decodeJwtPayload } from '../main/cognito/jwt';
import type { AppLog } from '../main/log/file-log';
import { PROFILE_FILE_NAME } from '../main/profiles/store-options';
import { KeytarVault } from '../main/secrets/keytar-vault';
import { loadKeytar } from '../main/secrets/keytar-loader';
import type { KeytarApi, VaultIndex } from '../main/secrets/types';
import { isFresh } from '../main/sessions/refresh-window';
import { driftKey } from '../main/sessions/clock-drift';
import { isRecord } from '../shared/records';

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
  const drift = isRecord(settings) ? settings[driftKey(entry.id)] : undefined;
  const driftMs = typeof drift === 'number' && Number.isFinite(drift) ? drift : 0;
  return { id: entry.id, refreshAheadSeconds: ahead, driftMs, defaultKind };
}

/** The profile a parsed profile file names (by id, name in any case, or the active mark), or null. */
export function pickRawProfile(file: unknown, idOrName?: string): RawProfile | null {
  if (!isRecord(file) || file.schemaVersion !== FAST_PATH_SCHEMA_VERSION) return null;
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
  return asRawProfile(entry, file.settings);
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

function readProfileFile(dataDir: string): unknown {
  try {
    const text = fs.readFileSync(path.join(dataDir, `${PROFILE_FILE_NAME}.json`), 'utf8');
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
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

/** A token's expiry and issue time, as SessionManager reads them from a TokenSet. */
function lifetimeOf(token: string): Pick<TokenSet, 'expiresAt' | 'issuedAt'> | null {
  const claims = decodeJwtPayload(token);
  const { exp, iat } = claims;
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
    const keytar = await (request.loadKeytar ?? loadKeytar)();
    const vault = new KeytarVault({
      keytar,
      serviceName: request.serviceName,
      index: READ_ONLY_INDEX,
      log: request.log,
    });
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

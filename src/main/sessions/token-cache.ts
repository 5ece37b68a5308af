// Tokens of signed-in profiles: in memory for speed, mirrored to the keychain so a restart or
// another process (the CLI) can use them without signing in again. Tokens the keychain has not
// taken yet (it refused them, say the keyring locked) stay the truth in memory, a rotated refresh
// token included, and the write is retried with backoff until it lands. The lock wipe leaves only
// the refresh token; ID and access tokens the keychain would not delete yet are retried the same way.
import type { TokenSet } from '../../shared/auth';
import { KeyedQueue } from '../concurrency/keyed-queue';
import type { SecretVault } from '../secrets/types';
import { tokenSetFromJwts } from '../cognito/jwt';
import { backoffDelay } from './backoff';
import { AWS_CREDENTIAL_KINDS } from './aws-credential-cache';
import {
  isRefreshOnly,
  refreshOnly,
  SHORT_LIVED_KINDS,
  withoutShortLived,
  type ShortLivedWipe,
} from './refresh-only';

/** The keychain items that make up a session. */
export const TOKEN_KINDS = ['id-token', 'access-token', 'refresh-token'] as const;

/** Retry delays for a refused keychain write: 1 s, 2 s, 4 s … capped at a minute. */
const WRITE_RETRY = { baseMs: 1_000, maxMs: 60_000 };

interface Entry {
  tokens: TokenSet;
  /** True until the keychain took these tokens. */
  unsaved: boolean;
  /** True while the keychain may still hold ID and access tokens a wipe dropped. */
  stale?: boolean;
}

/** What the cache tells its owner. */
export interface TokenCacheOptions {
  /** Hears of keychain writes that failed (the tokens then live in memory only). */
  log?: { warn(message: string, error?: unknown): void };
  /** Called when tokens kept in memory only were written to the keychain at a retry. */
  onSaved?: (profileId: string) => void;
  random?: () => number;
}

/** The per-profile token store the session manager reads and writes. */
export class TokenCache {
  readonly #memory = new Map<string, Entry>();
  readonly #retries = new Map<string, { timer: NodeJS.Timeout; attempt: number }>();
  readonly #writes = new KeyedQueue();

  readonly #vault: SecretVault;
  readonly #options: TokenCacheOptions;
  constructor(vault: SecretVault, options: TokenCacheOptions = {}) {
    this.#vault = vault;
    this.#options = options;
  }

  /**
   * The cached tokens of a profile, or null. Tokens the keychain has not taken are returned as
   * they are; saved ones are checked against the keychain's refresh token (another process may
   * have signed out, rotated or re-pointed), or re-read whole with `fromVault`. When the keychain
   * cannot be read (locked), the tokens held in memory are used.
   */
  async load(profileId: string, options: { fromVault?: boolean } = {}): Promise<TokenSet | null> {
    const entry = this.#memory.get(profileId);
    if (entry?.unsaved) return entry.tokens;
    try {
      // After a wipe, ID and access tokens the keychain still holds are not to be read back.
      if (entry && (!options.fromVault || entry.stale)) {
        const stored = await this.#vault.get(profileId, 'refresh-token');
        if (stored === (entry.tokens.refreshToken ?? null)) return entry.tokens;
        this.#memory.delete(profileId);
      }
      return await this.#loadFromVault(profileId);
    } catch (error) {
      if (!entry) throw error;
      this.#options.log?.warn(
        `The keychain could not be read for profile ${profileId}; using memory.`,
        error,
      );
      return entry.tokens;
    }
  }

  /**
   * Saves new tokens: in memory first, so a keychain that fails (locked on screen lock) cannot
   * lose a rotated refresh token whose predecessor is already spent; then the refresh token to
   * the keychain before the others, so another process never finds new tokens with a dead one.
   */
  async save(profileId: string, tokens: TokenSet): Promise<TokenSet> {
    const previous =
      this.#memory.get(profileId)?.tokens ?? (await this.load(profileId).catch(() => null));
    const refreshToken = tokens.refreshToken ?? previous?.refreshToken;
    const entry: Entry = { tokens: { ...tokens, refreshToken }, unsaved: true };
    this.#memory.set(profileId, entry);
    this.#cancelRetry(profileId);
    if (!(await this.#write(profileId, entry))) this.#retryLater(profileId, 1);
    return entry.tokens;
  }

  /** True while the profile's tokens live in memory only (the keychain has not taken them). */
  isUnsaved(profileId: string): boolean {
    return this.#memory.get(profileId)?.unsaved ?? false;
  }

  /** The tokens held in memory, without reading the keychain. */
  peek(profileId: string): TokenSet | undefined {
    return this.#memory.get(profileId)?.tokens;
  }

  /** Forgets the tokens held in memory only (the keychain is the caller's to clean). */
  forget(profileId: string): void {
    this.#memory.delete(profileId);
    this.#cancelRetry(profileId);
  }

  /**
   * Forgets every token of a profile, in memory and in the keychain, and the AWS credentials an
   * identity pool gave for them; tries each item, then throws the first failure (a locked
   * keyring), so as much as can go does.
   */
  async clear(profileId: string): Promise<void> {
    this.forget(profileId);
    const results = await Promise.allSettled(
      [...TOKEN_KINDS, ...AWS_CREDENTIAL_KINDS].map((kind) => this.#vault.delete(profileId, kind)),
    );
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason instanceof Error ? failed.reason : new Error('delete failed');
  }

  /**
   * Drops the profile's ID and access tokens from memory and deletes them from the keychain
   * (`listed`: the index says it may hold some); the refresh token stays, in memory too, so a
   * locked keychain cannot lose it. What the keychain would not delete is retried with backoff.
   */
  async dropShortLived(profileId: string, listed: boolean): Promise<ShortLivedWipe> {
    const entry = this.#memory.get(profileId);
    const inMemory = entry !== undefined && !isRefreshOnly(entry.tokens);
    if (!inMemory && !listed && !entry?.stale) return { held: false };
    const wiped: Entry | undefined = entry && {
      tokens: withoutShortLived(entry.tokens),
      unsaved: entry.unsaved,
      stale: true,
    };
    if (wiped) this.#memory.set(profileId, wiped);
    let removed: boolean;
    try {
      removed = await this.#writes.run(profileId, () => this.#deleteShortLived(profileId));
    } catch (error) {
      if (wiped && !this.#retries.has(profileId)) this.#retryLater(profileId, 1);
      return { held: true, keptInKeychain: { error, retrying: wiped !== undefined } };
    }
    if (wiped && this.#memory.get(profileId) === wiped) wiped.stale = false;
    // A listing alone is no proof: a second wipe (lock, then sleep) finds nothing left.
    return { held: inMemory || removed };
  }

  /** Stops every retry timer. */
  stop(): void {
    for (const profileId of [...this.#retries.keys()]) this.#cancelRetry(profileId);
  }

  async #loadFromVault(profileId: string): Promise<TokenSet | null> {
    const [idToken, accessToken, refreshToken] = await Promise.all([
      this.#vault.get(profileId, 'id-token'),
      this.#vault.get(profileId, 'access-token'),
      this.#vault.get(profileId, 'refresh-token'),
    ]);
    if (!accessToken) return refreshToken ? refreshOnly(refreshToken) : null;
    // No ID token is normal for app client credentials (M2M).
    const tokens = tokenSetFromJwts({
      idToken: idToken ?? undefined,
      accessToken,
      refreshToken: refreshToken ?? undefined,
    });
    if (!tokens) return refreshToken ? refreshOnly(refreshToken) : null;
    this.#memory.set(profileId, { tokens, unsaved: false });
    return tokens;
  }

  /** Writes an entry (one write per profile at a time); true once the keychain took all of it. */
  #write(profileId: string, entry: Entry): Promise<boolean> {
    return this.#writes.run(profileId, async () => {
      // A newer save or a sign-out replaced this entry: its tokens are not to be written.
      if (this.#memory.get(profileId) !== entry) return true;
      const { idToken, accessToken, refreshToken } = entry.tokens;
      try {
        if (refreshToken && entry.unsaved) {
          await this.#vault.set(profileId, 'refresh-token', refreshToken);
        }
        if (isRefreshOnly(entry.tokens)) await this.#deleteShortLived(profileId);
        else {
          await Promise.all([
            // An ID token from an earlier kind of sign-in must not outlive this session.
            idToken
              ? this.#vault.set(profileId, 'id-token', idToken)
              : this.#vault.delete(profileId, 'id-token'),
            this.#vault.set(profileId, 'access-token', accessToken),
          ]);
        }
      } catch (error) {
        const what = entry.unsaved
          ? 'are kept in memory only: the keychain refused them'
          : 'wiped from memory are still in the keychain: it would not delete them';
        this.#options.log?.warn(`Tokens of profile ${profileId} ${what}.`, error);
        return false;
      }
      if (this.#memory.get(profileId) === entry) {
        entry.unsaved = false;
        entry.stale = false;
      }
      return true;
    });
  }

  #retryLater(profileId: string, attempt: number): void {
    const random = this.#options.random ?? Math.random;
    const delay = backoffDelay(attempt, { ...WRITE_RETRY, random });
    const timer = setTimeout(() => {
      this.#retries.delete(profileId);
      const entry = this.#memory.get(profileId);
      if (!entry?.unsaved && !entry?.stale) return;
      void this.#write(profileId, entry).then((saved) => {
        if (!saved) this.#retryLater(profileId, attempt + 1);
        else if (!entry.unsaved) this.#options.onSaved?.(profileId);
      });
    }, delay);
    // A CLI run must not stay alive for a retry; the app keeps running anyway.
    timer.unref();
    this.#retries.set(profileId, { timer, attempt });
  }

  /** Deletes the profile's ID and access tokens from the keychain: true when there were some. */
  async #deleteShortLived(profileId: string): Promise<boolean> {
    const results = await Promise.allSettled(
      SHORT_LIVED_KINDS.map((kind) => this.#vault.delete(profileId, kind)),
    );
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason instanceof Error ? failed.reason : new Error('delete failed');
    return results.some((result) => result.status === 'fulfilled' && result.value);
  }

  #cancelRetry(profileId: string): void {
    const retry = this.#retries.get(profileId);
    if (retry) clearTimeout(retry.timer);
    this.#retries.delete(profileId);
  }
}

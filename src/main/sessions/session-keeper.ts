// Keeps signed-in profiles' tokens fresh: on demand, ahead of expiry in the background, and
// after a restart; one refresh in flight per profile, rotation-safe across processes.
import type { TokenSet } from '../../shared/auth';
import type { Profile } from '../../shared/profile';
import { AuthError, isAuthError } from '../../shared/errors';
import type { CognitoEngine } from '../cognito/types';
import { RefreshScheduler } from './refresh-scheduler';
import { ENDS_SESSION, isTransient, notSignedIn } from './session-errors';
import { isFresh, refreshWindowMs } from './refresh-window';
import type { SessionStates } from './session-states';
import { SingleFlight } from '../concurrency/single-flight';
import { clockTime, describeDrift, DRIFT_NOISE_MS, measureDrift } from './clock-drift';
import { KeyedQueue } from '../concurrency/keyed-queue';
import { TokenCache } from './token-cache';
import { isRefreshOnly, type ShortLivedWipe } from './refresh-only';
import { canRenew, noTokensYet, renewsWithoutRefreshToken } from './sign-in-kind';
import type { SessionDeps } from './types';

/** The refresh side of the session manager. */
export class SessionKeeper {
  readonly cache: TokenCache;
  readonly #scheduler: RefreshScheduler;
  readonly #flights = new SingleFlight<TokenSet>();
  // Why the last due refresh failed while the old tokens were still valid (cleared on success).
  readonly #staleReasons = new Map<string, string>();
  // Per profile, saving tokens and signing out take turns, so whichever comes last holds.
  readonly #turns = new KeyedQueue();
  // Bumped by sign-out and forget: a refresh that started before must not bring the session back.
  readonly #generations = new Map<string, number>();
  readonly #now: () => number;

  readonly #deps: SessionDeps;
  readonly #states: SessionStates;
  constructor(deps: SessionDeps, states: SessionStates) {
    this.#deps = deps;
    this.#states = states;
    this.#now = deps.now ?? Date.now;
    this.cache = new TokenCache(deps.vault, {
      log: deps.log,
      random: deps.random ?? Math.random,
      onSaved: (profileId) => {
        const tokens = this.cache.peek(profileId);
        if (tokens && this.#states.get(profileId).status === 'signed-in') {
          this.#markSignedIn(this.#deps.getProfile(profileId), tokens);
        }
      },
    });
    this.#scheduler = new RefreshScheduler({
      now: this.#now,
      random: deps.random ?? Math.random,
      maxConcurrent: deps.maxConcurrentRefreshes ?? 3,
      refresh: (profileId) => this.freshTokens(profileId),
      log: deps.log,
    });
  }

  /** Valid tokens for a profile, refreshed first when inside its refresh window. */
  async freshTokens(profileId: string): Promise<TokenSet> {
    const profile = this.#deps.getProfile(profileId);
    const tokens = await this.cache.load(profileId);
    if (!tokens) {
      if (!renewsWithoutRefreshToken(profile)) throw notSignedIn(profile);
      // An M2M profile needs no sign-in: its first use fetches its first access token.
      return this.#flights.run(profileId, () => this.#refreshLocked(profile, true));
    }
    if (isFresh(profile.refreshAheadSeconds, tokens, this.#cognitoNow(profile.id))) {
      this.#markSignedIn(profile, tokens);
      return tokens;
    }
    return this.#flights.run(profileId, () => this.#refreshLocked(profile, false));
  }

  /** Refreshes now, whatever the window says (a "refresh now" button); joins one in flight. */
  refreshNow(profileId: string): Promise<TokenSet> {
    const profile = this.#deps.getProfile(profileId);
    return this.#flights.run(profileId, () => this.#refreshLocked(profile, true));
  }

  /** Signs in again every profile whose refresh token is in the keychain, a few at a time. */
  async restore(profileIds: readonly string[]): Promise<void> {
    await Promise.all(
      profileIds.map((profileId) =>
        this.#scheduler.run(async () => {
          const tokens = await this.cache.load(profileId).catch(() => null);
          // M2M profiles fetch on first use: only one that held a token is brought back.
          if (!tokens || !this.#renewable(profileId, tokens)) return;
          await this.freshTokens(profileId).catch((error: unknown) => {
            this.#deps.log.warn(`Could not restore the session of profile ${profileId}.`, error);
          });
        }),
      ),
    );
  }

  /** Why the last due refresh failed while still-valid tokens were handed out, if it did. */
  refreshFailure(profileId: string): string | undefined {
    return this.#staleReasons.get(profileId);
  }

  /** Runs `work` for the profile once no save or sign-out of it is in progress. */
  exclusive<T>(profileId: string, work: () => Promise<T>): Promise<T> {
    return this.#turns.run(profileId, work);
  }

  /** Takes the tokens of a finished sign-in. */
  async accept(profile: Profile, tokens: TokenSet): Promise<TokenSet> {
    this.invalidate(profile.id);
    const saved = await this.exclusive(profile.id, () => this.#save(profile.id, tokens));
    // Tokens left behind by an earlier sign-out are overwritten now: no sweep may take these.
    this.#deps.leftovers?.clear(profile.id);
    this.#scheduler.resetFailures(profile.id);
    this.#markSignedIn(profile, saved);
    return saved;
  }

  /**
   * Drops the profile's ID and access tokens from memory and the keychain once a refresh in
   * flight has landed (else it would bring them back); the refresh token and the session stay,
   * shown without an expiry, and no timer fetches them back: the next use refreshes.
   */
  async wipeShortLived(profileId: string, listed: boolean): Promise<ShortLivedWipe> {
    await this.#flights.current(profileId)?.catch(() => undefined);
    const wipe = await this.exclusive(profileId, () =>
      this.cache.dropShortLived(profileId, listed),
    );
    if (!wipe.held) return wipe;
    this.#scheduler.cancel(profileId);
    const state = this.#states.get(profileId);
    const tokens = this.cache.peek(profileId);
    if (state.status === 'signed-in' && tokens) {
      this.#markSignedIn(this.#deps.getProfile(profileId), tokens);
    } else if (state.status === 'error' && state.expiresAt !== undefined) {
      // The tokens that expiry belonged to are gone.
      const { reason, username } = state;
      this.#states.set(profileId, { status: 'error', reason, ...(username ? { username } : {}) });
    }
    return wipe;
  }

  /** Stops timers and makes any refresh in flight discard its result. */
  invalidate(profileId: string): void {
    this.#generations.set(profileId, this.#generation(profileId) + 1);
    this.#scheduler.cancel(profileId);
  }

  /** Turns background refresh on: plans it for signed-in profiles, retries those in error. */
  start(): void {
    this.#scheduler.start();
    for (const [profileId, state] of this.#states.entries()) {
      const tokens = this.cache.peek(profileId);
      if (state.status === 'signed-in' && tokens) {
        this.#markSignedIn(this.#deps.getProfile(profileId), tokens);
      } else if (state.status === 'error') {
        // Say the app started before the network was up: keep trying, with backoff.
        this.#scheduler.retryLater(profileId);
      }
    }
  }

  /** Stops every background timer. */
  stop(): void {
    this.#scheduler.stop();
    this.cache.stop();
  }

  async #revokeQuietly(engine: CognitoEngine, tokens: TokenSet): Promise<void> {
    if (!tokens.refreshToken) return;
    await engine.signOut({ refreshToken: tokens.refreshToken }).catch((error: unknown) => {
      this.#deps.log.warn(
        'A refresh token obtained during a sign-out could not be revoked.',
        error,
      );
    });
  }

  /** True when the profile still exists and its tokens can be renewed. */
  #renewable(profileId: string, tokens: TokenSet): boolean {
    try {
      return canRenew(this.#deps.getProfile(profileId), tokens);
    } catch {
      return false;
    }
  }

  /** Cognito's time as this computer best knows it: the local clock plus the measured drift. */
  #cognitoNow(profileId: string): number {
    return this.#now() + (this.#deps.drifts?.get(profileId) ?? 0);
  }

  /** Keeps the drift the new tokens show, when it moved by more than noise. */
  #noteDrift(profileId: string, tokens: TokenSet): void {
    const drifts = this.#deps.drifts;
    const measured = measureDrift(tokens.issuedAt, this.#now());
    if (!drifts || measured === undefined) return;
    // A stale drift (the wall clock was stepped) is measured again even when it looks the same.
    const stale = drifts.stale?.(profileId) ?? false;
    if (!stale && Math.abs(measured - drifts.get(profileId)) < DRIFT_NOISE_MS) return;
    drifts.set(profileId, measured);
    if (measured !== 0) {
      this.#deps.log.warn(
        `This clock is ${describeDrift(measured)} Cognito's (profile ${profileId}).`,
      );
    }
  }

  #generation(profileId: string): number {
    return this.#generations.get(profileId) ?? 0;
  }

  // With rotation, the re-read below and the refresh must not interleave with another process's.
  #refreshLocked(profile: Profile, force: boolean): Promise<TokenSet> {
    const lock = this.#deps.crossProcessLock;
    // Taken now, not once the lock is ours: a sign-out while we wait must still cancel us.
    const generation = this.#generation(profile.id);
    if (!profile.refreshRotation || !lock) return this.#refresh(profile, force, generation);
    return lock(profile.id, () => this.#refresh(profile, force, generation));
  }

  async #refresh(
    profile: Profile,
    force: boolean,
    generation: number,
    retried = false,
  ): Promise<TokenSet> {
    if (generation !== this.#generation(profile.id)) throw notSignedIn(profile);
    // Re-read the keychain: another process (the CLI, a second window) may have refreshed, and
    // with rotation our in-memory refresh token would already be spent.
    const loaded = await this.cache.load(profile.id, { fromVault: true });
    if (!canRenew(profile, loaded)) throw notSignedIn(profile);
    const current = loaded ?? noTokensYet();
    if (
      loaded &&
      !force &&
      isFresh(profile.refreshAheadSeconds, current, this.#cognitoNow(profile.id))
    ) {
      // Another process refreshed meanwhile: that counts as a success here too.
      this.#scheduler.resetFailures(profile.id);
      this.#markSignedIn(profile, current);
      return current;
    }
    const username =
      current.username || this.#deps.identities?.recall(profile.id) || profile.username || '';
    this.#states.set(profile.id, { status: 'refreshing', expiresAt: current.expiresAt, username });
    try {
      const engine = await this.#deps.engineFor(profile);
      // For M2M the engine fetches anew with the client's credentials; there is no refresh token.
      const fresh = await engine.refresh({
        refreshToken: current.refreshToken ?? '',
        username,
        rotation: profile.refreshRotation,
      });
      const saved = await this.exclusive(profile.id, async () => {
        if (generation === this.#generation(profile.id)) return this.#save(profile.id, fresh);
        // Signed out meanwhile: the new refresh token is live at Cognito and kept nowhere.
        await this.#revokeQuietly(engine, fresh);
        throw notSignedIn(profile);
      });
      this.#scheduler.resetFailures(profile.id);
      this.#markSignedIn(profile, saved);
      if (!isFresh(profile.refreshAheadSeconds, saved, this.#cognitoNow(profile.id))) {
        // New tokens already due: this clock is far off. Back off rather than spin.
        this.#deps.log.warn(`Tokens of profile ${profile.id} are due at once; is the clock right?`);
        this.#scheduler.retryLater(profile.id);
      }
      return saved;
    } catch (error) {
      // Signed out or forgotten meanwhile: leave the state to whoever did that, and say so.
      if (generation !== this.#generation(profile.id)) throw notSignedIn(profile);
      if (isAuthError(error) && ENDS_SESSION.has(error.code) && !retried) {
        // With rotation, another process may have refreshed first and spent our token: use its.
        const latest = await this.#deps.vault.get(profile.id, 'refresh-token').catch(() => null);
        if (latest && latest !== current.refreshToken)
          return this.#refresh(profile, force, generation, true);
      }
      return this.#failed(profile, current, error, force);
    }
  }

  /**
   * A refresh failed. A refused refresh token ends the session. Otherwise tokens that are still
   * valid are handed out (with the reason kept for refreshFailure), unless the caller asked for a
   * refresh by name (force): then it did not happen, and the error says until when they last.
   */
  async #failed(
    profile: Profile,
    current: TokenSet,
    error: unknown,
    force: boolean,
  ): Promise<TokenSet> {
    const reason = isAuthError(error) ? error.message : 'The refresh failed unexpectedly.';
    const { username } = current;
    if (isAuthError(error) && ENDS_SESSION.has(error.code)) {
      this.#scheduler.cancel(profile.id);
      // Only the refused token is cleared: a racing process may have stored a good one since.
      const stored = await this.#deps.vault.get(profile.id, 'refresh-token').catch(() => null);
      if (stored === null || stored === current.refreshToken) await this.cache.clear(profile.id);
      else this.cache.forget(profile.id);
      this.#states.set(profile.id, { status: 'signed-out', reason });
      throw error;
    }
    const transient = isTransient(error);
    if (transient) {
      // Keep what still works and try again later.
      this.#deps.log.warn(`Refresh of profile ${profile.id} failed; will retry.`, error);
      this.#scheduler.retryLater(profile.id);
    } else {
      // A setup problem (wrong secret, pool or client, a flow turned off): retrying will not help
      // until it is fixed.
      this.#deps.log.warn(`Refresh of profile ${profile.id} was refused.`, error);
      this.#scheduler.cancel(profile.id);
    }
    const stillValid = current.expiresAt > this.#cognitoNow(profile.id);
    if (stillValid && transient) this.#markSignedIn(profile, current);
    else
      this.#states.set(profile.id, {
        status: 'error',
        reason,
        expiresAt: current.expiresAt,
        username,
      });
    if (stillValid && !force) {
      this.#staleReasons.set(profile.id, reason);
      return current;
    }
    if (!stillValid || !isAuthError(error)) throw error;
    const localExpiry = current.expiresAt - (this.#deps.drifts?.get(profile.id) ?? 0);
    throw new AuthError(
      error.code,
      `${error.message} The token held is still valid until ${clockTime(localExpiry)}.`,
      { cause: error },
    );
  }

  async #save(profileId: string, tokens: TokenSet): Promise<TokenSet> {
    this.#staleReasons.delete(profileId);
    this.#noteDrift(profileId, tokens);
    const saved = await this.cache.save(profileId, tokens);
    const identities = this.#deps.identities;
    if (identities && identities.recall(profileId) !== saved.username) {
      identities.remember(profileId, saved.username);
    }
    return saved;
  }

  #markSignedIn(profile: Profile, tokens: TokenSet): void {
    const state = this.#states.get(profile.id);
    const memoryOnly = this.cache.isUnsaved(profile.id);
    if (
      state.status !== 'signed-in' ||
      state.expiresAt !== tokens.expiresAt ||
      (state.memoryOnly ?? false) !== memoryOnly
    ) {
      const { expiresAt, username } = tokens;
      this.#states.set(profile.id, {
        status: 'signed-in',
        expiresAt,
        username,
        ...(memoryOnly ? { memoryOnly } : {}),
      });
    }
    // Wiped tokens wait for their next use: a timer would fetch them back on a locked screen.
    if (isRefreshOnly(tokens)) return;
    const aheadMs = refreshWindowMs(profile.refreshAheadSeconds, tokens);
    // The timer runs on the local clock: expiry moved into local time by the drift.
    const localExpiry = tokens.expiresAt - (this.#deps.drifts?.get(profile.id) ?? 0);
    this.#scheduler.scheduleAhead(profile.id, localExpiry, aheadMs);
  }
}

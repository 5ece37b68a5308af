// Per-profile sessions: sign-in conversations, fresh tokens on demand, one refresh in flight per
// profile, and the state every window, tray and status table renders.
import type { AuthStep, TokenSet } from '../../shared/auth';
import type { Profile } from '../../shared/profile';
import type { SessionChange, SessionState } from '../../shared/session';
import { AuthError, isAuthError } from '../cognito/auth-error';
import type { SignInConversation } from '../cognito/types';
import { RefreshScheduler } from './refresh-scheduler';
import { SingleFlight } from './single-flight';
import { TokenCache } from './token-cache';
import type { SessionDeps } from './types';

/** Refresh failures after which the refresh token is dead and the user must sign in again. */
const ENDS_SESSION = new Set([
  'refresh-token-invalid',
  'wrong-credentials',
  'user-not-found',
  'user-disabled',
  'password-reset-required',
  'session-expired',
]);

/** Owns every profile's session: the only place tokens are obtained, refreshed and forgotten. */
export class SessionManager {
  private readonly states = new Map<string, SessionState>();
  private readonly conversations = new Map<string, SignInConversation>();
  private readonly listeners = new Set<(change: SessionChange) => void>();
  private readonly refreshes = new SingleFlight<TokenSet>();
  private readonly cache: TokenCache;
  private readonly scheduler: RefreshScheduler;
  private readonly now: () => number;

  constructor(private readonly deps: SessionDeps) {
    this.now = deps.now ?? Date.now;
    this.cache = new TokenCache(deps.vault);
    this.scheduler = new RefreshScheduler({
      now: this.now,
      random: deps.random ?? Math.random,
      maxConcurrent: deps.maxConcurrentRefreshes ?? 3,
      refresh: (profileId) => this.freshTokens(profileId),
      log: deps.log,
    });
  }

  /** The current state of a profile's session (signed-out when nothing is known). */
  state(profileId: string): SessionState {
    return this.states.get(profileId) ?? { status: 'signed-out' };
  }

  /** Calls `listener` on every state change; returns the function that stops it. */
  onChange(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts a sign-in with the given password, or the remembered one when the profile opted in. */
  async signIn(profileId: string, password?: string): Promise<AuthStep> {
    const profile = this.deps.getProfile(profileId);
    const { username } = profile;
    if (!username) {
      throw new AuthError(
        'invalid-input',
        `Profile "${profile.name}" has no username: set one (cognito-tokens profiles edit ${profile.name} --username NAME).`,
      );
    }
    const secret = password ?? (await this.rememberedPassword(profile));
    if (!secret) throw new AuthError('invalid-input', `Enter the password for ${username}.`);
    const before = this.state(profileId);
    this.setState(profileId, { status: 'signing-in' });
    try {
      const engine = await this.deps.engineFor(profile);
      const conversation = await engine.signIn({
        flow: profile.authFlow,
        username,
        password: secret,
      });
      if (password && profile.rememberPassword) {
        await this.deps.vault.set(profileId, 'password', password);
      }
      return await this.advance(profileId, conversation, conversation.step);
    } catch (error) {
      this.setState(profileId, before);
      throw error;
    }
  }

  /** Answers the challenge a sign-in is waiting on. */
  async respond(profileId: string, answers: Record<string, string>): Promise<AuthStep> {
    const conversation = this.conversations.get(profileId);
    if (!conversation) {
      throw new AuthError('session-expired', 'No sign-in is waiting for an answer: start again.');
    }
    try {
      const step = await this.advance(profileId, conversation, await conversation.respond(answers));
      await this.rememberNewPassword(profileId, step, answers.newPassword);
      return step;
    } catch (error) {
      // A wrong code can be typed again; a dead Cognito session cannot.
      if (isAuthError(error) && error.code === 'session-expired') this.cancelSignIn(profileId);
      throw error;
    }
  }

  /** Drops a sign-in that is waiting on a challenge. */
  cancelSignIn(profileId: string): void {
    if (!this.conversations.delete(profileId)) return;
    this.setState(profileId, { status: 'signed-out' });
  }

  /** Valid tokens for a profile, refreshed first when inside its refresh-ahead window. */
  async freshTokens(profileId: string): Promise<TokenSet> {
    const profile = this.deps.getProfile(profileId);
    const tokens = await this.cache.load(profileId);
    if (!tokens) throw notSignedIn(profile);
    if (this.isFresh(profile, tokens)) {
      this.markSignedIn(profileId, tokens);
      return tokens;
    }
    return this.refreshes.run(profileId, () => this.refresh(profile));
  }

  /** After a start: profiles whose refresh token is in the keychain are signed in again. */
  async restore(profileIds: readonly string[]): Promise<void> {
    await Promise.all(
      profileIds.map(async (profileId) => {
        const tokens = await this.cache.load(profileId).catch(() => null);
        if (!tokens?.refreshToken) return;
        await this.freshTokens(profileId).catch((error: unknown) => {
          this.deps.log.warn(`Could not restore the session of profile ${profileId}.`, error);
        });
      }),
    );
  }

  /** Signs out with Cognito (best effort) and forgets the profile's tokens either way. */
  async signOut(profileId: string, options: { global?: boolean } = {}): Promise<void> {
    this.cancelSignIn(profileId);
    this.scheduler.cancel(profileId);
    const tokens = await this.cache.load(profileId);
    try {
      if (tokens?.refreshToken) {
        const engine = await this.deps.engineFor(this.deps.getProfile(profileId));
        await engine.signOut({
          refreshToken: tokens.refreshToken,
          accessToken: tokens.accessToken || undefined,
          global: options.global,
        });
      }
    } catch (error) {
      this.deps.log.warn(`Sign-out of profile ${profileId} was not confirmed by Cognito.`, error);
    } finally {
      await this.cache.clear(profileId);
      this.setState(profileId, { status: 'signed-out' });
    }
  }

  /** Forgets everything about a deleted profile without calling Cognito. */
  forget(profileId: string): void {
    this.conversations.delete(profileId);
    this.scheduler.cancel(profileId);
    this.states.delete(profileId);
    // Else a profile whose identity changed, or one re-added under its id, gets the old tokens.
    this.cache.forget(profileId);
  }

  /** Turns on refreshing signed-in profiles ahead of expiry (the app; the CLI never does). */
  startBackgroundRefresh(): void {
    this.scheduler.start();
    for (const [profileId, state] of this.states) {
      if (state.status === 'signed-in') this.scheduleFor(profileId, state.expiresAt);
    }
  }

  /** Stops every background timer. */
  stop(): void {
    this.scheduler.stop();
  }

  private async advance(
    profileId: string,
    conversation: SignInConversation,
    step: AuthStep,
  ): Promise<AuthStep> {
    if (step.type === 'challenge') {
      this.conversations.set(profileId, conversation);
      this.setState(profileId, { status: 'signing-in', challenge: step.challenge });
      return step;
    }
    this.conversations.delete(profileId);
    const saved = await this.save(profileId, step.tokens);
    this.scheduler.resetFailures(profileId);
    this.markSignedIn(profileId, saved);
    return { type: 'signed-in', tokens: saved };
  }

  private async refresh(profile: Profile): Promise<TokenSet> {
    // Re-read the keychain: another process (the CLI, a second window) may have refreshed, and
    // with rotation our in-memory refresh token would already be spent.
    const current = await this.cache.load(profile.id, { fromVault: true });
    if (!current?.refreshToken) throw notSignedIn(profile);
    if (this.isFresh(profile, current)) {
      this.markSignedIn(profile.id, current);
      return current;
    }
    const username =
      current.username || this.deps.identities?.recall(profile.id) || profile.username || '';
    this.setState(profile.id, { status: 'refreshing', expiresAt: current.expiresAt, username });
    try {
      const engine = await this.deps.engineFor(profile);
      const fresh = await engine.refresh({
        refreshToken: current.refreshToken,
        username,
        rotation: profile.refreshRotation,
      });
      const saved = await this.save(profile.id, fresh);
      this.scheduler.resetFailures(profile.id);
      this.markSignedIn(profile.id, saved);
      return saved;
    } catch (error) {
      return this.refreshFailed(profile, current, error);
    }
  }

  private async refreshFailed(
    profile: Profile,
    current: TokenSet,
    error: unknown,
  ): Promise<TokenSet> {
    const reason = isAuthError(error) ? error.message : 'The refresh failed unexpectedly.';
    if (isAuthError(error) && ENDS_SESSION.has(error.code)) {
      this.scheduler.cancel(profile.id);
      await this.cache.clear(profile.id);
      this.setState(profile.id, { status: 'signed-out', reason });
      throw error;
    }
    const transient =
      isAuthError(error) && (error.kind === 'network' || error.code === 'too-many-requests');
    if (transient) {
      // Network trouble or throttling: keep what still works and try again later.
      this.deps.log.warn(`Refresh of profile ${profile.id} failed; will retry.`, error);
      this.scheduler.retryLater(profile.id);
      if (current.expiresAt > this.now()) {
        this.markSignedIn(profile.id, current);
        return current;
      }
    } else {
      // A setup problem (wrong secret, pool or client): retrying will not help until it is fixed.
      this.deps.log.warn(`Refresh of profile ${profile.id} was refused.`, error);
      this.scheduler.cancel(profile.id);
    }
    const { username } = current;
    this.setState(profile.id, { status: 'error', reason, expiresAt: current.expiresAt, username });
    throw error;
  }

  private async save(profileId: string, tokens: TokenSet): Promise<TokenSet> {
    const saved = await this.cache.save(profileId, tokens);
    if (this.deps.identities?.recall(profileId) !== saved.username) {
      this.deps.identities?.remember(profileId, saved.username);
    }
    return saved;
  }

  private isFresh(profile: Profile, tokens: TokenSet): boolean {
    return tokens.expiresAt - this.now() > profile.refreshAheadSeconds * 1000;
  }

  private markSignedIn(profileId: string, tokens: TokenSet): void {
    const state = this.state(profileId);
    if (state.status !== 'signed-in' || state.expiresAt !== tokens.expiresAt) {
      this.setState(profileId, {
        status: 'signed-in',
        expiresAt: tokens.expiresAt,
        username: tokens.username,
      });
    }
    this.scheduleFor(profileId, tokens.expiresAt);
  }

  private scheduleFor(profileId: string, expiresAt: number): void {
    const profile = this.deps.getProfile(profileId);
    this.scheduler.scheduleAhead(profileId, expiresAt, profile.refreshAheadSeconds);
  }

  /** After NEW_PASSWORD_REQUIRED the remembered (temporary) password is dead: keep the new one. */
  private async rememberNewPassword(
    profileId: string,
    step: AuthStep,
    newPassword: string | undefined,
  ): Promise<void> {
    if (step.type !== 'signed-in' || !newPassword) return;
    if (this.deps.getProfile(profileId).rememberPassword) {
      await this.deps.vault.set(profileId, 'password', newPassword);
    }
  }

  private async rememberedPassword(profile: Profile): Promise<string | null> {
    return profile.rememberPassword ? this.deps.vault.get(profile.id, 'password') : null;
  }

  private setState(profileId: string, state: SessionState): void {
    this.states.set(profileId, state);
    for (const listener of this.listeners) listener({ profileId, state });
  }
}

/** The error for a profile without a session. */
function notSignedIn(profile: Profile): AuthError {
  return new AuthError(
    'not-signed-in',
    `Profile "${profile.name}" is not signed in: sign in first (cognito-tokens login ${profile.name}).`,
  );
}

// Per-profile sessions: sign-in conversations, fresh tokens on demand, sign-out, and the state
// every window, tray and status table renders. Keeping tokens fresh is the SessionKeeper's job.
import type { AuthStep, TokenSet } from '../../shared/auth';
import type { Profile } from '../../shared/profile';
import type { SessionChange, SessionState } from '../../shared/session';
import { AuthError, isAuthError } from '../cognito/auth-error';
import type { SignInConversation } from '../cognito/types';
import { SessionKeeper } from './session-keeper';
import { SessionStates } from './session-states';
import type { BrowserSignInOptions, SessionDeps } from './types';
import { isVaultError, VaultError } from '../secrets/vault-error';
import type { ShortLivedWipe } from './refresh-only';

/** What a sign-out did not manage; empty when Cognito confirmed it and the keychain let go. */
export interface SignOutOutcome {
  unconfirmed?: AuthError;
  notRemoved?: VaultError;
}

/** Owns every profile's session: the only place tokens are obtained, refreshed and forgotten. */
export class SessionManager {
  private readonly states = new SessionStates();
  private readonly keeper: SessionKeeper;
  private readonly conversations = new Map<string, SignInConversation>();
  // The state before a sign-in began, so cancelling it does not sign out a live session.
  private readonly beforeSignIn = new Map<string, SessionState>();
  // Browser sign-ins waiting for the redirect, so a cancel can stop them and free the port.
  private readonly browserWaits = new Map<string, AbortController>();

  constructor(private readonly deps: SessionDeps) {
    this.keeper = new SessionKeeper(deps, this.states);
  }

  /** The current state of a profile's session (signed-out when nothing is known). */
  state(profileId: string): SessionState {
    return this.states.get(profileId);
  }

  /** Calls `listener` on every state change; returns the function that stops it. */
  onChange(listener: (change: SessionChange) => void): () => void {
    return this.states.onChange(listener);
  }

  /**
   * Starts a sign-in with the given password, or the remembered one when the profile opted in;
   * `rememberDevice` asks a pool where users opt in to remember this computer.
   */
  async signIn(
    profileId: string,
    password?: string,
    options: { rememberDevice?: boolean } = {},
  ): Promise<AuthStep> {
    const profile = this.deps.getProfile(profileId);
    // M2M: nobody signs in; "sign in" fetches a token with the app client's credentials now.
    if (profile.signIn === 'client-credentials') {
      return { type: 'signed-in', tokens: await this.keeper.refreshNow(profileId) };
    }
    if (profile.signIn === 'browser') throw browserOnly(profile);
    const { username } = profile;
    if (!username) {
      throw new AuthError(
        'invalid-input',
        `Profile "${profile.name}" has no username: set one (cognito-tokens profiles edit ${profile.name} --username NAME).`,
      );
    }
    const secret = password ?? (await this.rememberedPassword(profile));
    // The choice flow may sign in with a one-time code: no password until a password method is
    // chosen (the engine asks for it then, unless one is preferred up front).
    const choice = profile.authFlow === 'choice';
    const wantsPassword = profile.preferredChallenge?.startsWith('PASSWORD') === true;
    if (!secret && (!choice || wantsPassword)) {
      throw new AuthError('invalid-input', `Enter the password for ${username}.`);
    }
    const before = this.beforeSignIn.get(profileId) ?? this.state(profileId);
    this.conversations.delete(profileId);
    this.states.set(profileId, { status: 'signing-in' });
    try {
      const engine = await this.deps.engineFor(profile);
      const conversation = await engine.signIn({
        flow: profile.authFlow,
        username,
        password: secret ?? '',
        ...(profile.preferredChallenge ? { preferredChallenge: profile.preferredChallenge } : {}),
        ...(options.rememberDevice ? { rememberDevice: true } : {}),
      });
      if (password && profile.rememberPassword) {
        await this.deps.vault.set(profileId, 'password', password);
      }
      this.beforeSignIn.set(profileId, before);
      return await this.advance(profile, conversation, conversation.step);
    } catch (error) {
      this.beforeSignIn.delete(profileId);
      this.states.set(profileId, before);
      if (password === undefined && isAuthError(error) && error.code === 'wrong-credentials') {
        // A remembered password that stopped working would fail every sign-in (and spend
        // Cognito's attempts): forget it and say so.
        await this.deps.vault.delete(profileId, 'password');
        throw new AuthError(
          'wrong-credentials',
          'The remembered password was refused, so it is forgotten now: sign in again with the current password.',
          { cause: error },
        );
      }
      throw error;
    }
  }

  /** Signs a browser profile in through the managed login: waits for the redirect, keeps the tokens. */
  async signInWithBrowser(profileId: string, options: BrowserSignInOptions): Promise<TokenSet> {
    const profile = this.deps.getProfile(profileId);
    const browserSignIn = this.deps.browserSignIn;
    if (profile.signIn !== 'browser' || !browserSignIn) {
      throw new AuthError(
        'invalid-input',
        `Profile "${profile.name}" does not sign in with the browser: sign in with its ${profile.signIn === 'client-credentials' ? 'app client credentials' : 'password'}.`,
      );
    }
    this.cancelSignIn(profileId);
    const before = this.state(profileId);
    // cancelSignIn (the window's Cancel, sign-out, removal) stops the wait as the caller's signal does.
    const abort = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, abort.signal]) : abort.signal;
    this.browserWaits.set(profileId, abort);
    this.states.set(profileId, { status: 'signing-in' });
    try {
      const tokens = await browserSignIn(profile, { ...options, signal });
      return await this.keeper.accept(profile, tokens);
    } catch (error) {
      this.states.set(profileId, before);
      throw error;
    } finally {
      if (this.browserWaits.get(profileId) === abort) this.browserWaits.delete(profileId);
    }
  }

  /** Answers the challenge a sign-in is waiting on. */
  async respond(profileId: string, answers: Record<string, string>): Promise<AuthStep> {
    const conversation = this.conversations.get(profileId);
    if (!conversation) {
      throw new AuthError('session-expired', 'No sign-in is waiting for an answer: start again.');
    }
    const profile = this.deps.getProfile(profileId);
    try {
      const step = await this.advance(profile, conversation, await conversation.respond(answers));
      await this.rememberNewPassword(profile, step, answers.newPassword);
      return step;
    } catch (error) {
      // A wrong code can be typed again; a dead Cognito session cannot.
      if (isAuthError(error) && error.code === 'session-expired') this.cancelSignIn(profileId);
      throw error;
    }
  }

  /** Drops a sign-in that is waiting on a challenge or the browser; the session goes back. */
  cancelSignIn(profileId: string): void {
    this.browserWaits.get(profileId)?.abort();
    if (!this.conversations.delete(profileId)) return;
    this.states.set(profileId, this.beforeSignIn.get(profileId) ?? { status: 'signed-out' });
    this.beforeSignIn.delete(profileId);
  }

  /** Valid tokens for a profile, refreshed first when inside its refresh window. */
  freshTokens(profileId: string): Promise<TokenSet> {
    return this.keeper.freshTokens(profileId);
  }

  /** Why the last due refresh failed while still-valid tokens were handed out, if it did. */
  refreshFailure(profileId: string): string | undefined {
    return this.keeper.refreshFailure(profileId);
  }

  /** Refreshes now, whatever the refresh window says. */
  refreshNow(profileId: string): Promise<TokenSet> {
    return this.keeper.refreshNow(profileId);
  }

  /** After a start: profiles whose refresh token is in the keychain are signed in again. */
  restore(profileIds: readonly string[]): Promise<void> {
    return this.keeper.restore(profileIds);
  }

  /**
   * Signs out with Cognito and forgets the profile's tokens either way. `unconfirmed` says why
   * Cognito did not confirm it (the refresh token may then still work); `notRemoved` why the
   * tokens could not be deleted from the keychain (they stay listed, and a later start sweeps them).
   */
  async signOut(profileId: string, options: { global?: boolean } = {}): Promise<SignOutOutcome> {
    this.cancelSignIn(profileId);
    // Everywhere needs a live access token: refresh first if it ran out (best effort).
    if (options.global) await this.keeper.freshTokens(profileId).catch(() => undefined);
    // Then stop: a refresh in flight must not write its tokens back after we cleared them, and
    // one already saving finishes first, so its tokens are the ones revoked and deleted.
    this.keeper.invalidate(profileId);
    return this.keeper.exclusive(profileId, () => this.revokeAndClear(profileId, options));
  }

  private async revokeAndClear(
    profileId: string,
    options: { global?: boolean },
  ): Promise<SignOutOutcome> {
    const tokens = await this.tokensToRevoke(profileId);
    const outcome: SignOutOutcome = {};
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
      // A refresh token Cognito no longer takes is as signed out as it gets.
      if (!isAuthError(error) || error.code !== 'refresh-token-invalid') {
        this.deps.log.warn(`Sign-out of profile ${profileId} was not confirmed by Cognito.`, error);
        outcome.unconfirmed = isAuthError(error)
          ? error
          : new AuthError('unknown', 'The sign-out failed unexpectedly.', { cause: error });
      }
    }
    try {
      await this.keeper.cache.clear(profileId);
      this.deps.leftovers?.clear(profileId);
    } catch (error) {
      this.keeper.cache.forget(profileId);
      this.deps.leftovers?.mark(profileId);
      this.deps.log.warn(
        `Tokens of profile ${profileId} could not be removed from the keychain.`,
        error,
      );
      outcome.notRemoved = isVaultError(error)
        ? error
        : new VaultError('broken', 'The tokens could not be removed from the keychain.', {
            cause: error,
          });
    }
    this.states.set(profileId, { status: 'signed-out' });
    return outcome;
  }

  /**
   * The lock wipe of one profile: its ID and access tokens leave memory and the keychain (`listed`:
   * the index says it may hold some); the refresh token stays, and the session with it.
   */
  async wipeShortLived(profileId: string, listed: boolean): Promise<ShortLivedWipe> {
    const wipe = await this.keeper.wipeShortLived(profileId, listed);
    // Cancelling a sign-in that is waiting on a challenge goes back to this state: keep it true.
    const before = this.beforeSignIn.get(profileId);
    if (wipe.held && before?.status === 'signed-in') {
      this.beforeSignIn.set(profileId, { ...before, expiresAt: 0 });
    }
    return wipe;
  }

  /** Forgets everything about a deleted or re-pointed profile without calling Cognito. */
  forget(profileId: string): void {
    this.browserWaits.get(profileId)?.abort();
    this.conversations.delete(profileId);
    this.beforeSignIn.delete(profileId);
    this.keeper.invalidate(profileId);
    // Tell the window and tray the tokens are gone, then forget the state itself.
    if (this.state(profileId).status !== 'signed-out') {
      this.states.set(profileId, { status: 'signed-out' });
    }
    this.states.delete(profileId);
    // Else a profile whose identity changed, or one re-added under its id, gets the old tokens.
    this.keeper.cache.forget(profileId);
    this.deps.identities?.forget?.(profileId);
  }

  /** Turns on refreshing signed-in profiles ahead of expiry (the app; the CLI never does). */
  startBackgroundRefresh(): void {
    this.keeper.start();
  }

  /** Stops every background timer. */
  stop(): void {
    this.keeper.stop();
  }

  private async advance(
    profile: Profile,
    conversation: SignInConversation,
    step: AuthStep,
  ): Promise<AuthStep> {
    if (step.type === 'challenge') {
      this.conversations.set(profile.id, conversation);
      this.states.set(profile.id, { status: 'signing-in', challenge: step.challenge });
      return step;
    }
    this.conversations.delete(profile.id);
    this.beforeSignIn.delete(profile.id);
    return { ...step, tokens: await this.keeper.accept(profile, step.tokens) };
  }

  /** After NEW_PASSWORD_REQUIRED the remembered (temporary) password is dead: keep the new one. */
  private async rememberNewPassword(
    profile: Profile,
    step: AuthStep,
    newPassword: string | undefined,
  ): Promise<void> {
    if (step.type !== 'signed-in' || !newPassword || !profile.rememberPassword) return;
    await this.deps.vault.set(profile.id, 'password', newPassword);
  }

  /**
   * The tokens to revoke: the keychain's (another process may have rotated them), else those
   * held in memory when the keychain is locked or never took them.
   */
  private async tokensToRevoke(profileId: string): Promise<TokenSet | null> {
    const inMemory = this.keeper.cache.peek(profileId) ?? null;
    try {
      const stored = await this.keeper.cache.load(profileId, { fromVault: true });
      return stored?.refreshToken ? stored : inMemory;
    } catch (error) {
      this.deps.log.warn(`Reading the tokens of profile ${profileId} failed; using memory.`, error);
      return inMemory;
    }
  }

  private async rememberedPassword(profile: Profile): Promise<string | null> {
    return profile.rememberPassword ? this.deps.vault.get(profile.id, 'password') : null;
  }
}

/** The sentence for a password sign-in asked of a profile that signs in with the browser. */
function browserOnly(profile: Profile): AuthError {
  return new AuthError(
    'invalid-input',
    `Profile "${profile.name}" signs in with the browser: use "Sign in with the browser" in the app, or cognito-tokens login ${profile.name}.`,
  );
}

// Per-profile sessions: sign-in conversations, fresh tokens on demand, sign-out, and the state
// every window, tray and status table renders. Keeping tokens fresh is the SessionKeeper's job.
import type { AuthStep, TokenSet } from '../../shared/auth';
import type { Profile } from '../../shared/profile';
import type { SessionChange, SessionState } from '../../shared/session';
import { AuthError, isAuthError } from '../../shared/errors';
import type { SignInConversation } from '../cognito/types';
import { SessionKeeper } from './session-keeper';
import { SessionStates } from './session-states';
import type { BrowserSignInOptions, SessionDeps } from './types';
import { revokeAndClear, type SignOutOutcome } from './sign-out';
import {
  checkPasswordGiven,
  notBrowser,
  passwordUser,
  rememberedPasswordRefused,
} from './sign-in-checks';
import type { ShortLivedWipe } from './refresh-only';

export type { SignOutOutcome } from './sign-out';

/** Owns every profile's session: the only place tokens are obtained, refreshed and forgotten. */
export class SessionManager {
  readonly #states = new SessionStates();
  readonly #keeper: SessionKeeper;
  readonly #conversations = new Map<string, SignInConversation>();
  // The state before a sign-in began, so cancelling it does not sign out a live session.
  readonly #beforeSignIn = new Map<string, SessionState>();
  // Browser sign-ins waiting for the redirect, so a cancel can stop them and free the port.
  readonly #browserWaits = new Map<string, AbortController>();

  readonly #deps: SessionDeps;
  constructor(deps: SessionDeps) {
    this.#deps = deps;
    this.#keeper = new SessionKeeper(deps, this.#states);
  }

  /** The current state of a profile's session (signed-out when nothing is known). */
  state(profileId: string): SessionState {
    return this.#states.get(profileId);
  }

  /** Calls `listener` on every state change; returns the function that stops it. */
  onChange(listener: (change: SessionChange) => void): () => void {
    return this.#states.onChange(listener);
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
    const profile = this.#deps.getProfile(profileId);
    // M2M: nobody signs in; "sign in" fetches a token with the app client's credentials now.
    if (profile.signIn === 'client-credentials') {
      return { type: 'signed-in', tokens: await this.#keeper.refreshNow(profileId) };
    }
    const username = passwordUser(profile);
    const secret = password ?? (await this.#rememberedPassword(profile));
    checkPasswordGiven(profile, username, secret);
    const before = this.#beforeSignIn.get(profileId) ?? this.state(profileId);
    this.#conversations.delete(profileId);
    this.#states.set(profileId, { status: 'signing-in' });
    try {
      const engine = await this.#deps.engineFor(profile);
      const conversation = await engine.signIn({
        flow: profile.authFlow,
        username,
        password: secret ?? '',
        ...(profile.preferredChallenge ? { preferredChallenge: profile.preferredChallenge } : {}),
        ...(options.rememberDevice ? { rememberDevice: true } : {}),
      });
      if (password && profile.rememberPassword) {
        await this.#deps.vault.set(profileId, 'password', password);
      }
      this.#beforeSignIn.set(profileId, before);
      return await this.#advance(profile, conversation, conversation.step);
    } catch (error) {
      this.#beforeSignIn.delete(profileId);
      this.#states.set(profileId, before);
      if (password === undefined && isAuthError(error) && error.code === 'wrong-credentials') {
        // A remembered password that stopped working would fail every sign-in (and spend
        // Cognito's attempts): forget it and say so.
        await this.#deps.vault.delete(profileId, 'password');
        throw rememberedPasswordRefused(error);
      }
      throw error;
    }
  }

  /** Signs a browser profile in through the managed login: waits for the redirect, keeps the tokens. */
  async signInWithBrowser(profileId: string, options: BrowserSignInOptions): Promise<TokenSet> {
    const profile = this.#deps.getProfile(profileId);
    const browserSignIn = this.#deps.browserSignIn;
    if (profile.signIn !== 'browser' || !browserSignIn) throw notBrowser(profile);
    this.cancelSignIn(profileId);
    const before = this.state(profileId);
    // cancelSignIn (the window's Cancel, sign-out, removal) stops the wait as the caller's signal does.
    const abort = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, abort.signal]) : abort.signal;
    this.#browserWaits.set(profileId, abort);
    this.#states.set(profileId, { status: 'signing-in' });
    try {
      const tokens = await browserSignIn(profile, { ...options, signal });
      return await this.#keeper.accept(profile, tokens);
    } catch (error) {
      this.#states.set(profileId, before);
      throw error;
    } finally {
      if (this.#browserWaits.get(profileId) === abort) this.#browserWaits.delete(profileId);
    }
  }

  /** Answers the challenge a sign-in is waiting on. */
  async respond(profileId: string, answers: Record<string, string>): Promise<AuthStep> {
    const conversation = this.#conversations.get(profileId);
    if (!conversation) {
      throw new AuthError('session-expired', 'No sign-in is waiting for an answer: start again.');
    }
    const profile = this.#deps.getProfile(profileId);
    try {
      const step = await this.#advance(profile, conversation, await conversation.respond(answers));
      await this.#rememberNewPassword(profile, step, answers.newPassword);
      return step;
    } catch (error) {
      // A wrong code can be typed again; a dead Cognito session cannot.
      if (isAuthError(error) && error.code === 'session-expired') this.cancelSignIn(profileId);
      throw error;
    }
  }

  /** Drops a sign-in that is waiting on a challenge or the browser; the session goes back. */
  cancelSignIn(profileId: string): void {
    this.#browserWaits.get(profileId)?.abort();
    if (!this.#conversations.delete(profileId)) return;
    this.#states.set(profileId, this.#beforeSignIn.get(profileId) ?? { status: 'signed-out' });
    this.#beforeSignIn.delete(profileId);
  }

  /** Valid tokens for a profile, refreshed first when inside its refresh window. */
  freshTokens(profileId: string): Promise<TokenSet> {
    return this.#keeper.freshTokens(profileId);
  }

  /** Why the last due refresh failed while still-valid tokens were handed out, if it did. */
  refreshFailure(profileId: string): string | undefined {
    return this.#keeper.refreshFailure(profileId);
  }

  /** Refreshes now, whatever the refresh window says. */
  refreshNow(profileId: string): Promise<TokenSet> {
    return this.#keeper.refreshNow(profileId);
  }

  /** After a start: profiles whose refresh token is in the keychain are signed in again. */
  restore(profileIds: readonly string[]): Promise<void> {
    return this.#keeper.restore(profileIds);
  }

  /**
   * Signs out with Cognito and forgets the profile's tokens either way. `unconfirmed` says why
   * Cognito did not confirm it (the refresh token may then still work); `notRemoved` why the
   * tokens could not be deleted from the keychain (they stay listed, and a later start sweeps them).
   */
  async signOut(profileId: string, options: { global?: boolean } = {}): Promise<SignOutOutcome> {
    this.cancelSignIn(profileId);
    // Everywhere needs a live access token: refresh first if it ran out (best effort).
    if (options.global) await this.#keeper.freshTokens(profileId).catch(() => undefined);
    // Then stop: a refresh in flight must not write its tokens back after we cleared them, and
    // one already saving finishes first, so its tokens are the ones revoked and deleted.
    this.#keeper.invalidate(profileId);
    return this.#keeper.exclusive(profileId, () =>
      revokeAndClear(
        { deps: this.#deps, keeper: this.#keeper, states: this.#states },
        profileId,
        options,
      ),
    );
  }

  /**
   * The lock wipe of one profile: its ID and access tokens leave memory and the keychain (`listed`:
   * the index says it may hold some); the refresh token stays, and the session with it.
   */
  async wipeShortLived(profileId: string, listed: boolean): Promise<ShortLivedWipe> {
    const wipe = await this.#keeper.wipeShortLived(profileId, listed);
    // Cancelling a sign-in that is waiting on a challenge goes back to this state: keep it true.
    const before = this.#beforeSignIn.get(profileId);
    if (wipe.held && before?.status === 'signed-in') {
      this.#beforeSignIn.set(profileId, { ...before, expiresAt: 0 });
    }
    return wipe;
  }

  /** Forgets everything about a deleted or re-pointed profile without calling Cognito. */
  forget(profileId: string): void {
    this.#browserWaits.get(profileId)?.abort();
    this.#conversations.delete(profileId);
    this.#beforeSignIn.delete(profileId);
    this.#keeper.invalidate(profileId);
    // Tell the window and tray the tokens are gone, then forget the state itself.
    if (this.state(profileId).status !== 'signed-out') {
      this.#states.set(profileId, { status: 'signed-out' });
    }
    this.#states.delete(profileId);
    // Else a profile whose identity changed, or one re-added under its id, gets the old tokens.
    this.#keeper.cache.forget(profileId);
    this.#deps.identities?.forget?.(profileId);
  }

  /** Turns on refreshing signed-in profiles ahead of expiry (the app; the CLI never does). */
  startBackgroundRefresh(): void {
    this.#keeper.start();
  }

  /** Stops every background timer. */
  stop(): void {
    this.#keeper.stop();
  }

  async #advance(
    profile: Profile,
    conversation: SignInConversation,
    step: AuthStep,
  ): Promise<AuthStep> {
    if (step.type === 'challenge') {
      this.#conversations.set(profile.id, conversation);
      this.#states.set(profile.id, { status: 'signing-in', challenge: step.challenge });
      return step;
    }
    this.#conversations.delete(profile.id);
    this.#beforeSignIn.delete(profile.id);
    return { ...step, tokens: await this.#keeper.accept(profile, step.tokens) };
  }

  /** After NEW_PASSWORD_REQUIRED the remembered (temporary) password is dead: keep the new one. */
  async #rememberNewPassword(
    profile: Profile,
    step: AuthStep,
    newPassword: string | undefined,
  ): Promise<void> {
    if (step.type !== 'signed-in' || !newPassword || !profile.rememberPassword) return;
    await this.#deps.vault.set(profile.id, 'password', newPassword);
  }

  async #rememberedPassword(profile: Profile): Promise<string | null> {
    return profile.rememberPassword ? this.#deps.vault.get(profile.id, 'password') : null;
  }
}

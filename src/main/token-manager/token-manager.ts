// The facade: every operation the app and the CLI use, in one place. Profiles live in the store,
// secrets in the vault, live sessions in the SessionManager; callers see only this class.
import type { AuthStep, TokenSet } from '../../shared/auth';
import type { Profile, ProfileInput, ProfilePatch } from '../../shared/profile';
import type { SessionChange, SessionState } from '../../shared/session';
import type { AppLog } from '../log/file-log';
import { ProfileError, isAuthError } from '../../shared/errors';
import type { ProfileExport } from '../profiles/export-file';
import { parseImportFile, type ImportSource } from '../profiles/import-file';
import { previewImport, type ImportPreviewItem } from '../profiles/import-preview';
import type { ProfileStore } from '../profiles/profile-store';
import type { Settings } from '../profiles/store-data';
import { buildStatusRows, type StatusRow } from './status-rows';
import type { RecoveryNotice } from '../profiles/store-file';
import type { SecretVault, VaultStatus } from '../secrets/types';
import { SessionManager } from '../sessions/session-manager';
import {
  addWithSecrets,
  editWithSecrets,
  importWithCleanup,
  removeWithSecrets,
  type EditOutcome,
  type ImportOutcome,
  type ImportRequest,
  type ProfileDeps,
  type ProfileSecretEdits,
  type ProfileSecrets,
  type RemoveOutcome,
} from './profile-secrets';
import { sweepLeftovers } from './leftovers';
import { wipeShortLivedTokens } from './lock-wipe';
import { driftSnapshot } from './drifts';
import type { SignOutOutcome } from '../sessions/session-manager';
import type { BrowserSignInOptions } from '../sessions/types';
import {
  changeUserPassword,
  confirmReset,
  endBrowserSession,
  sendResetCode,
  type AccountDeps,
} from './account';
import type { BrowserSignOutOptions, BrowserSignOutOutcome } from '../oauth';
import { checkProfileWith } from './doctor';
import type { DoctorReport } from '../doctor/doctor-types';
import { localSessions, type LocalSessions } from './status';
import { wireTokenManager, type TokenManagerDeps } from './wiring';
import { firstKeychainNotice, keychainUnavailable, requireKeychainFor } from './keychain';
import type { CodeDelivery, DeviceForgetOutcome } from '../cognito/types';
import { forgetProfileDevice, holdsDevice, setProfileDeviceRemembered } from './devices';
import { droppedSecretReason, droppedSecretReasons } from './secret-binding';
import type { AwsCredentialSet, AwsCredentialSource } from './aws-credentials';

export type { TokenManagerDeps } from './wiring';

/** Profiles, the keychain and live sessions behind one API shared by the app and the CLI. */
export class TokenManager {
  readonly #store: ProfileStore;
  readonly #vault: SecretVault;
  readonly #status: VaultStatus;
  readonly #log: AppLog;
  readonly #sessions: SessionManager;
  readonly #profileDeps: ProfileDeps;
  readonly #accountDeps: AccountDeps;
  readonly #aws: AwsCredentialSource;
  readonly #now: () => number;
  #keychainNoticeTaken = false;

  constructor(deps: TokenManagerDeps) {
    const parts = wireTokenManager(deps);
    this.#store = deps.profiles;
    this.#log = deps.log;
    this.#status = deps.vaultStatus;
    this.#now = deps.now ?? Date.now;
    this.#vault = parts.vault;
    this.#sessions = parts.sessions;
    this.#profileDeps = parts.profileDeps;
    this.#accountDeps = parts.accountDeps;
    this.#aws = parts.awsCredentials;
  }

  /** The keychain probe's verdict: ok, or why secrets are kept in memory only. */
  keychainStatus(): VaultStatus {
    return this.#status;
  }

  /** The probe's sentence when the keychain is unusable; returned once, then undefined. */
  takeKeychainNotice(): string | undefined {
    if (this.#status.ok || this.#keychainNoticeTaken) return undefined;
    this.#keychainNoticeTaken = true;
    return this.#status.message;
  }

  /** True the first time this keychain problem is seen with this data folder (then remembered). */
  firstKeychainNotice(): boolean {
    return firstKeychainNotice(this.#store, this.#status);
  }

  /** After a corrupt profile file was set aside: where the backup is and why; returned once. */
  takeRecoveryNotice(): RecoveryNotice | undefined {
    return this.#store.takeRecoveryNotice();
  }

  /** Every profile, in the order they were added. */
  listProfiles(): Profile[] {
    return this.#store.list();
  }

  /** The named profile, or the active one when no name is given; ProfileError when neither exists. */
  resolveProfile(idOrName?: string): Profile {
    if (idOrName !== undefined) return this.#store.get(idOrName);
    const active = this.#store.getActive();
    if (active) return active;
    throw new ProfileError(
      'not-found',
      'No profile is active: name one, or choose one with cognito-tokens use NAME.',
    );
  }

  /** Adds a profile; the client secret and an opted-in password go to the keychain. */
  addProfile(input: ProfileInput, secrets: ProfileSecrets = {}): Promise<Profile> {
    this.#register(secrets.clientSecret, secrets.password);
    return addWithSecrets(this.#profileDeps, input, secrets);
  }

  /** Changes a profile; a new sign-in identity drops the old tokens and remembered password. */
  async editProfile(
    idOrName: string,
    patch: ProfilePatch,
    secrets: ProfileSecretEdits = {},
  ): Promise<Profile> {
    return (await this.editProfileReporting(idOrName, patch, secrets)).profile;
  }

  /** editProfile, also saying when a dropped refresh token could not be revoked at Cognito. */
  async editProfileReporting(
    idOrName: string,
    patch: ProfilePatch,
    secrets: ProfileSecretEdits = {},
  ): Promise<EditOutcome> {
    this.#register(secrets.clientSecret ?? undefined, secrets.password);
    requireKeychainFor(this.#store, this.#status, this.#store.get(idOrName).id);
    return editWithSecrets(this.#profileDeps, idOrName, patch, secrets);
  }

  /** Why an edit removed the profile's client secret ("its domain changed"), if one did. */
  droppedClientSecret(idOrName: string): string | undefined {
    return droppedSecretReason(this.#store, this.#store.get(idOrName).id);
  }

  /** Every profile whose client secret an edit removed, with why (one read of the store). */
  droppedClientSecrets(): Map<string, string> {
    return droppedSecretReasons(this.#store);
  }

  /**
   * Removes a profile, its session and every keychain item it had; `notRemoved` says why some
   * items stayed (they stay listed, and a later start sweeps them).
   */
  async removeProfile(idOrName: string): Promise<RemoveOutcome & { device?: DeviceForgetOutcome }> {
    const profile = this.#store.get(idOrName);
    requireKeychainFor(this.#store, this.#status, profile.id);
    // Before the session goes: ForgetDevice needs its access token.
    const device = await forgetProfileDevice(this.#accountDeps, profile);
    const outcome = await removeWithSecrets(this.#profileDeps, profile.id);
    return device.held ? { ...outcome, device } : outcome;
  }

  /** Imports a profile export or an Amplify file; replaced identities lose their keychain items. */
  importProfiles(filePath: string, options: ImportRequest = {}): Promise<ImportOutcome> {
    return importWithCleanup(this.#profileDeps, { filePath }, options);
  }

  /** Imports the text of a file the window read (same parser and checks as importProfiles). */
  importProfilesText(
    fileName: string,
    text: string,
    options: ImportRequest = {},
  ): Promise<ImportOutcome> {
    return importWithCleanup(this.#profileDeps, { fileName, text }, options);
  }

  /** What importing the text would do, changing nothing (same parser and checks as the import). */
  previewImportText(
    fileName: string,
    text: string,
    options: Omit<ImportRequest, 'overwrite' | 'choices'> = {},
  ): { source: ImportSource; items: ImportPreviewItem[]; notes: string[] } {
    const parsed = parseImportFile(text, { ...options, fileName });
    const items = previewImport(this.#store.list(), parsed.profiles);
    return { source: parsed.source, items, notes: parsed.notes };
  }

  /** The export of the given profiles (default: all): no ids, no secrets. */
  exportProfiles(idsOrNames?: readonly string[]): ProfileExport {
    return this.#store.exportProfiles(idsOrNames);
  }

  /** Marks the profile the CLI and the tray use when none is named. */
  setActive(idOrName: string): Profile {
    return this.#store.setActive(idOrName);
  }

  /** The active profile, if one is set. */
  getActive(): Profile | undefined {
    return this.#store.getActive();
  }

  /** True when the profile opted in and the keychain holds its password. */
  async hasRememberedPassword(idOrName: string): Promise<boolean> {
    const profile = this.#store.get(idOrName);
    return profile.rememberPassword && (await this.#vault.get(profile.id, 'password')) !== null;
  }

  /** Starts a sign-in (the remembered password when none is given and the profile opted in). */
  async signIn(
    idOrName: string,
    password?: string,
    options: { rememberDevice?: boolean } = {},
  ): Promise<AuthStep> {
    this.#register(password);
    return this.#sessions.signIn(this.#store.get(idOrName).id, password, options);
  }

  /** Remembers this computer as a device of the signed-in user (skips MFA next time), or not. */
  async setDeviceRemembered(idOrName: string, remembered: boolean): Promise<void> {
    await setProfileDeviceRemembered(this.#accountDeps, this.#store.get(idOrName), remembered);
  }

  /** Whether the keychain holds a remembered device for the profile (its key stays secret). */
  holdsDevice(idOrName: string): Promise<boolean> {
    return holdsDevice(this.#vault, this.#store.get(idOrName).id);
  }

  /** Signs a browser profile in through the managed login (the page opens via `openUrl`). */
  async signInWithBrowser(idOrName: string, options: BrowserSignInOptions): Promise<TokenSet> {
    return this.#sessions.signInWithBrowser(this.#store.get(idOrName).id, options);
  }

  /** Ends a browser profile's managed-login session in the browser (Cognito's /logout). */
  endBrowserSession(
    idOrName: string,
    options: BrowserSignOutOptions,
  ): Promise<BrowserSignOutOutcome> {
    return endBrowserSession(this.#accountDeps, this.#store.get(idOrName), options);
  }

  /** Answers the challenge the profile's sign-in is waiting on. */
  async respond(idOrName: string, answers: Record<string, string>): Promise<AuthStep> {
    this.#register(answers.newPassword, answers.code);
    return this.#sessions.respond(this.#store.get(idOrName).id, answers);
  }

  /** Drops a sign-in that is waiting on a challenge. */
  cancelSignIn(idOrName: string): void {
    this.#sessions.cancelSignIn(this.#store.get(idOrName).id);
  }

  /** Valid tokens for the named (else the active) profile, refreshed first when due. */
  async freshTokens(idOrName?: string): Promise<TokenSet> {
    const status = this.#status;
    try {
      return await this.#sessions.freshTokens(this.resolveProfile(idOrName).id);
    } catch (error) {
      // "Not signed in" would send the user to sign in again, which cannot last: say why.
      if (!status.ok && isAuthError(error) && error.code === 'not-signed-in') {
        throw keychainUnavailable(status);
      }
      throw error;
    }
  }

  /**
   * AWS credentials from the profile's identity pool (the named, else the active profile): the
   * keychain's while good for five more minutes, else a new set for a fresh ID token.
   */
  awsCredentials(idOrName?: string): Promise<AwsCredentialSet> {
    return this.#aws.credentials(this.resolveProfile(idOrName));
  }

  /** The identity id and the cached AWS credentials' expiry (local time); nothing secret. */
  awsCredentialsView(idOrName: string): Promise<{ identityId?: string; expiresAt?: number }> {
    return this.#aws.describe(this.#store.get(idOrName));
  }

  /** Why the profile's last due refresh failed while its still-valid tokens were handed out. */
  refreshFailure(idOrName?: string): string | undefined {
    return this.#sessions.refreshFailure(this.resolveProfile(idOrName).id);
  }

  /** Refreshes the named (else the active) profile's tokens now, due or not (one in flight). */
  refreshNow(idOrName?: string): Promise<TokenSet> {
    return this.#sessions.refreshNow(this.resolveProfile(idOrName).id);
  }

  /** Sends a password-reset code to the profile's user; says where Cognito sent it. */
  forgotPassword(idOrName: string): Promise<CodeDelivery> {
    return sendResetCode(this.#accountDeps, this.#store.get(idOrName));
  }

  /** Sets a new password with the reset code (a remembered password becomes the new one). */
  confirmForgotPassword(idOrName: string, code: string, newPassword: string): Promise<void> {
    return confirmReset(this.#accountDeps, this.#store.get(idOrName), code, newPassword);
  }

  /** Changes the signed-in user's password (a remembered password becomes the new one). */
  changePassword(idOrName: string, currentPassword: string, newPassword: string): Promise<void> {
    const profile = this.#store.get(idOrName);
    return changeUserPassword(this.#accountDeps, profile, currentPassword, newPassword);
  }

  /**
   * Signs the profile out (with global, on every device) and forgets its tokens here either way;
   * `unconfirmed` says why Cognito did not confirm it, `notRemoved` why the keychain kept them.
   */
  async signOut(
    idOrName?: string,
    options: { global?: boolean } = {},
  ): Promise<{ profile: Profile; device?: DeviceForgetOutcome } & SignOutOutcome> {
    const profile = this.resolveProfile(idOrName);
    requireKeychainFor(this.#store, this.#status, profile.id);
    // Everywhere means this computer too: its remembered device is forgotten first, while the
    // access token still works (GlobalSignOut revokes it). A plain sign-out keeps the device.
    const device = options.global
      ? await forgetProfileDevice(this.#accountDeps, profile)
      : undefined;
    const outcome = await this.#sessions.signOut(profile.id, options);
    return { profile, ...outcome, ...(device?.held ? { device } : {}) };
  }

  /** Deletes keychain items left behind by a locked keyring or a recovered profile file. */
  async sweepLeftovers(): Promise<number> {
    if (!this.#status.ok) return 0;
    return sweepLeftovers(this.#store, this.#vault, this.#log);
  }

  /**
   * The lock wipe: every profile's ID and access tokens leave memory and the keychain, the
   * refresh token stays (sessions stay signed in; the next use refreshes). Returns how many
   * profiles had some and lost them everywhere; what the keychain kept is logged and retried.
   */
  wipeShortLivedTokens(): Promise<number> {
    return wipeShortLivedTokens(this.#store, this.#sessions, this.#log);
  }

  /** The live session state of a profile in this process. */
  sessionState(idOrName: string): SessionState {
    return this.#sessions.state(this.#store.get(idOrName).id);
  }

  /** The status table; sessions this process has not touched show the keychain's cached expiry. */
  async statusRows(): Promise<StatusRow[]> {
    const { profiles, states, signInNames } = await this.#localSessions();
    return buildStatusRows(profiles, states, this.#now(), signInNames);
  }

  /** Every profile's session (live, else the keychain's cache), expiries in local time. */
  async sessionStates(): Promise<Map<string, SessionState>> {
    return (await this.#localSessions()).states;
  }

  /** One profile's session as sessionStates() tells it: live, else the keychain's cache. */
  async localSessionState(idOrName: string): Promise<SessionState> {
    const { id } = this.#store.get(idOrName);
    return (await this.#localSessions(new Set([id]))).states.get(id) ?? { status: 'signed-out' };
  }

  /** The profile's measured clock drift in ms (add it to local time to get Cognito's). */
  clockDriftMs(idOrName: string): number {
    const { id } = this.#store.get(idOrName);
    return driftSnapshot(this.#store, [id]).get(id) ?? 0;
  }

  /** The app's settings object in the store (each owner parses its own keys). */
  storedSettings(): Readonly<Record<string, unknown>> {
    return this.#store.getSettings();
  }

  /** Merges keys into the store's settings object (null removes a key). */
  updateStoredSettings(patch: Readonly<Record<string, unknown>>): void {
    // Callers pass plain data (zod-parsed settings); the store writes it as JSON.
    this.#store.updateSettings(patch as Readonly<Record<string, Settings[string] | null>>);
  }

  /** The doctor's checks of one profile: probes with a made-up user, never a password. */
  checkProfile(idOrName: string, timeoutMs?: number): Promise<DoctorReport> {
    const deps = { vault: this.#vault, status: this.#status };
    return checkProfileWith(deps, this.#store.get(idOrName), timeoutMs);
  }

  /** Profiles whose measured clock drift exceeds `overMs`, with the drift (ms to add locally). */
  clockDrifts(overMs = 30_000): { profile: Profile; driftMs: number }[] {
    const profiles = this.#store.list();
    const drifts = driftSnapshot(
      this.#store,
      profiles.map((p) => p.id),
    );
    return profiles
      .map((profile) => ({ profile, driftMs: drifts.get(profile.id) ?? 0 }))
      .filter(({ driftMs }) => Math.abs(driftMs) > overMs);
  }

  /** Calls `listener` on every session change; returns the function that stops it. */
  onSessionChange(listener: (change: SessionChange) => void): () => void {
    return this.#sessions.onChange(listener);
  }

  /** Signs in again every profile whose refresh token is in the keychain (the app's start). */
  restoreSessions(): Promise<void> {
    return this.#sessions.restore(this.#store.list().map((p) => p.id));
  }

  /**
   * The app's start: signs in again from the keychain, then refreshes ahead of expiry from now
   * on; a failed restore is logged and refreshing starts anyway. Never the CLI.
   */
  startSessions(): void {
    void this.restoreSessions()
      .catch((error: unknown) => {
        this.#log.warn('Restoring sessions failed.', error);
      })
      .finally(() => {
        this.startBackgroundRefresh();
      });
  }

  /** Refreshes signed-in profiles ahead of expiry from now on (the app; never the CLI). */
  startBackgroundRefresh(): void {
    this.#sessions.startBackgroundRefresh();
  }

  /** Stops every background timer. */
  stop(): void {
    this.#sessions.stop();
  }

  #localSessions(only?: ReadonlySet<string>): Promise<LocalSessions> {
    const live = (id: string) => this.#sessions.state(id);
    const ids = only ? [...only] : this.#store.list().map((p) => p.id);
    const drifts = driftSnapshot(this.#store, ids);
    return localSessions(this.#store, this.#vault, live, drifts, only);
  }

  // Tokens need no call here: every one passes through the registering vault.
  #register(...values: (string | undefined)[]): void {
    for (const value of values) this.#log.addSecret(value);
  }
}

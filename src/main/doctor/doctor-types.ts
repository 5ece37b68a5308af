// What the doctor reports: a list of checks, each passed, failed, informational or skipped,
// with one sentence and, for a failure, the fix.
import type { TokenSet } from '../../shared/auth';
import type { Profile } from '../../shared/profile';
import type { OAuthClientConfig } from '../oauth';
import type { VaultStatus } from '../secrets/types';

/** How one check came out; only 'fail' makes the profile unable to sign in. */
export type CheckStatus = 'pass' | 'fail' | 'info' | 'skip';

/** One line of the report. */
export interface DoctorCheck {
  /** Stable id for scripts (`--output json`). */
  id: string;
  /** What was checked, in a few words. */
  title: string;
  status: CheckStatus;
  /** What was found: one sentence. */
  sentence: string;
  /** For a failure: what to change. */
  fix?: string;
}

/** The whole report; `ok` when nothing a sign-in needs failed (see runDoctor for which). */
export interface DoctorReport {
  profile: string;
  checks: DoctorCheck[];
  ok: boolean;
}

/** What the doctor is given. */
export interface DoctorInput {
  profile: Profile;
  /** Browser and M2M: the managed login's settings (with the stored secret, never shown). */
  oauth?: OAuthClientConfig | undefined;
  /** The stored client secret (used only for SECRET_HASH, never shown). */
  clientSecret?: string | undefined;
  /** The profile has a secret, but the keychain did not give it back. */
  clientSecretUnreadable?: boolean;
  /** The cached tokens, when the profile is signed in (never refreshed for the doctor). */
  tokens: TokenSet | null;
  keychain: VaultStatus;
  /** The keychain holds a remembered device (key, group key, password) for the profile. */
  deviceHeld?: boolean;
  timeoutMs?: number;
  now?: () => number;
}

// What every copy of a secret needs, built once per host (the contract's handlers, the tray):
// before, the window's token copy, its AWS copy and the tray's two copies each assembled it by
// hand, and each could read the clear time from a different place.
import type { TokenSet } from '../../shared/auth';
import type { SecretClipboard } from './types';

/** The parts of a set of AWS credentials the lines carry. */
export interface AwsCredentialText {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  region: string;
  /** Epoch milliseconds. */
  expiration: number;
}

/** Fresh tokens and usable AWS credentials of a profile, the clipboard, and how long a copy lives. */
export interface CopyDeps {
  freshTokens: (profileId: string) => Promise<TokenSet>;
  awsCredentials: (profileId: string) => Promise<AwsCredentialText>;
  clipboard: SecretClipboard;
  /** Seconds until the copy is cleared; null: never. Read at each copy, so a change counts at once. */
  clearAfterSeconds: () => number | null;
}

/** Where the secrets come from: the TokenManager facade, or anything that answers the same. */
export type CopySource = Pick<CopyDeps, 'freshTokens' | 'awsCredentials'>;

/** Builds a host's one set of copy dependencies over the facade (methods bound, not copied). */
export function copyDeps(
  source: CopySource,
  clipboard: SecretClipboard,
  clearAfterSeconds: () => number | null,
): CopyDeps {
  return {
    freshTokens: (profileId) => source.freshTokens(profileId),
    awsCredentials: (profileId) => source.awsCredentials(profileId),
    clipboard,
    clearAfterSeconds,
  };
}

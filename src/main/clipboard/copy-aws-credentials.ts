// Copy a profile's AWS credentials as sh export lines: a set good for five more minutes (fetched
// first when due), through the secret clipboard. Done in main: the secret key and session token
// never cross the bridge.
import { shellQuote } from '../../shared/token-text';
import type { AwsCredentialText, CopyDeps } from './copy-deps';

/** The credentials as POSIX sh export lines, single-quoted so nothing in them expands. */
export function awsExportLines(credentials: AwsCredentialText): string {
  const lines: [string, string][] = [
    ['AWS_ACCESS_KEY_ID', credentials.accessKeyId],
    ['AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey],
    ['AWS_SESSION_TOKEN', credentials.sessionToken],
    ['AWS_REGION', credentials.region],
    ['AWS_CREDENTIAL_EXPIRATION', new Date(credentials.expiration).toISOString()],
  ];
  return lines.map(([name, value]) => `export ${name}=${shellQuote(value)}\n`).join('');
}

/** Copies the profile's AWS credentials; resolves to when the copy is cleared and they expire. */
export async function copyAwsCredentials(
  deps: Pick<CopyDeps, 'awsCredentials' | 'clipboard' | 'clearAfterSeconds'>,
  profileId: string,
): Promise<{ clearsInSeconds: number | null; expiresAt: number }> {
  const credentials = await deps.awsCredentials(profileId);
  const clearsInSeconds = deps.clearAfterSeconds();
  await deps.clipboard.copySecret(awsExportLines(credentials), clearsInSeconds);
  return { clearsInSeconds, expiresAt: credentials.expiration };
}

// `cognito-tokens aws-credentials [PROFILE]`: the AWS CLI's and SDKs' credential_process answer,
// from the profile's identity pool. It never prompts: a script or the AWS CLI is on the other end.
import { parseFlagsAndArgs } from '../args';
import { chosenProfile } from '../chosen-profile';
import type { Command } from '../command';
import { EXIT } from '../../shared/exit-codes';
import { fastRequest, openManager } from '../manager';
import type { RegionalCredentials } from '../session-variables';
import { parseTimeoutMs } from './login/login-options';

/** `aws-credentials --help`. */
export const AWS_CREDENTIALS_HELP = `Usage: cognito-tokens aws-credentials [PROFILE] [--timeout S]

Prints AWS credentials from the profile's identity pool (profiles add/edit
--identity-pool-id) as credential_process JSON: Version 1, AccessKeyId,
SecretAccessKey, SessionToken and Expiration (ISO 8601). They are kept in the OS
keychain until five minutes before they expire, then fetched anew with a fresh ID
token. It never prompts: a profile that is signed out, or whose refresh token no
longer works, makes it exit non-zero with one sentence on stderr.

In ~/.aws/config:
  [profile cognito-dev]
  credential_process = cognito-tokens aws-credentials dev

Then: aws s3 ls --profile cognito-dev (or AWS_PROFILE=cognito-dev with any SDK)

  --timeout S   per-request timeout when a refresh or new credentials are needed
                (default 10)
`;

const FLAGS = {
  timeout: { type: 'string' },
} as const;

/** The credential_process document; key names are AWS's. */
export function credentialProcessJson(credentials: RegionalCredentials): string {
  const document = {
    Version: 1,
    AccessKeyId: credentials.accessKeyId,
    SecretAccessKey: credentials.secretAccessKey,
    SessionToken: credentials.sessionToken,
    Expiration: new Date(credentials.expiration).toISOString(),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The aws-credentials command. */
export const awsCredentialsCommand: Command = {
  name: 'aws-credentials',
  takesProfile: true,
  summary: "print an identity pool's AWS credentials for credential_process",
  help: AWS_CREDENTIALS_HELP,
  async run(ctx) {
    const { flags, args } = parseFlagsAndArgs('aws-credentials', ctx.argv, FLAGS, 1);
    const timeoutMs = parseTimeoutMs(flags.timeout);
    const name = chosenProfile(ctx.io.env, args[0]);
    const { cachedAwsFast } = await import('../fast-session.js');
    const cached = await cachedAwsFast(await fastRequest(ctx, name));
    const credentials =
      cached ??
      (await (await openManager(ctx, { timeoutMs, reliesOnKeychain: true })).awsCredentials(name));
    ctx.io.stdout.write(credentialProcessJson(credentials));
    return EXIT.ok;
  },
};

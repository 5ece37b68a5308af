// `cognito-tokens profiles edit NAME`: changes fields and secrets of a saved profile.
import type { ProfileSecretEdits } from '../../../main/token-manager';
import { parseFlagsAndArgs } from '../../args';
import { usageError } from '../../cli-error';
import type { CommandContext } from '../../command';
import { EXIT, type ExitCode } from '../../../shared/exit-codes';
import { notRevokedSentence } from '../../../shared/outcome-words';
import { info } from '../../io';
import { openManager } from '../../manager';
import { createPrompter } from '../../prompt';
import { askForDroppedSecret } from './dropped-secret';
import { readSecret } from '../../secret-input';
import {
  clientSecretSource,
  fieldsFromFlags,
  passwordSource,
  PROFILE_FIELD_FLAGS,
  withFlagNames,
} from './profile-flags';

const EDIT_FLAGS = {
  ...PROFILE_FIELD_FLAGS,
  name: { type: 'string' },
  'no-client-secret': { type: 'boolean' },
  'no-remember-password': { type: 'boolean' },
  'no-refresh-rotation': { type: 'boolean' },
} as const;

/** `profiles edit --help`. */
export const PROFILES_EDIT_HELP = `Usage: cognito-tokens profiles edit NAME [flags]

Changes a saved profile; only the flags given change anything. An empty value
(--label "") clears --label, --colour, --endpoint, --preferred-challenge, --username,
--domain, --scopes, --identity-provider, --identity-pool-id, --role-arn or --redirect-uri (a browser profile then uses the
default scopes or redirect URI). --sign-in changes the kind and drops what only the old kind
used (the flow, a remembered password, the redirect URI…). Changing the kind, domain, pool,
client, user or endpoint signs the profile out here: its tokens belong to the old identity.
A client secret is bound to the domain, endpoint, pool and client it was given for: changing
any of them removes it unless the same edit gives the new one (at a terminal you are asked).

Flags
  --name NEW                 rename the profile
  --sign-in KIND             password, browser or client-credentials, as in profiles add
  --pool-id ID, --client-id ID, --region REGION, --endpoint URL,
  --flow srp|password|choice, --preferred-challenge M, --username NAME,
  --domain URL, --scopes "S1 S2", --identity-provider NAME,
  --redirect-uri URI         as in profiles add (a redirect URI must be a callback URL of
                             the app client; Cognito matches it exactly, port included)
  --client-secret-env VAR    set the app client secret from $VAR (kept in the keychain)
  --client-secret-prompt     set the app client secret, asked for (hidden)
  --no-client-secret         the app client has no secret: forget it
  --remember-password        keep the password in the keychain after a sign-in
  --password-env VAR         with --remember-password: keep the password in $VAR now
  --no-remember-password     stop remembering, and delete the kept password
  --identity-pool-id ID, --role-arn ARN
                             as in profiles add (cached AWS credentials are forgotten)
  --label TEXT, --colour #RRGGBB, --refresh-ahead SECONDS
  --refresh-rotation, --no-refresh-rotation

Example
  cognito-tokens profiles edit dev --client-secret-env DEV_CLIENT_SECRET
`;

/** Edits a profile; returns the exit code. */
export async function profilesEdit(ctx: CommandContext, argv: string[]): Promise<ExitCode> {
  const { flags, args } = parseFlagsAndArgs('profiles edit', argv, EDIT_FLAGS, 1);
  const [target] = args;
  if (target === undefined)
    throw usageError('Name the profile: cognito-tokens profiles edit NAME …');
  const patch = fieldsFromFlags(flags);
  if (flags.name !== undefined) patch.name = flags.name;
  const pairs = [
    ['remember-password', 'no-remember-password'],
    ['refresh-rotation', 'no-refresh-rotation'],
    ['client-secret-env', 'no-client-secret'],
    ['client-secret-prompt', 'no-client-secret'],
  ] as const;
  for (const [yes, no] of pairs) {
    if (flags[yes] !== undefined && flags[no] === true) {
      throw usageError(`Use either --${yes} or --${no}, not both.`);
    }
  }
  if (flags['no-remember-password'] === true) patch.rememberPassword = false;
  if (flags['no-refresh-rotation'] === true) patch.refreshRotation = false;

  const secretFrom = clientSecretSource(flags);
  const passwordFrom = passwordSource(flags, flags['remember-password'] === true);
  const prompter = createPrompter(ctx.io);
  const secrets: ProfileSecretEdits = {};
  if (secretFrom)
    secrets.clientSecret = await readSecret(ctx.io, secretFrom, prompter, ctx.secrets);
  if (flags['no-client-secret'] === true) secrets.clientSecret = null;
  if (passwordFrom)
    secrets.password = await readSecret(ctx.io, passwordFrom, prompter, ctx.secrets);
  if (Object.keys(patch).length === 0 && Object.keys(secrets).length === 0) {
    throw usageError('Nothing to change: give at least one flag (see profiles edit --help).');
  }

  const manager = await openManager(ctx, { reliesOnKeychain: true });
  const { profile, notRevoked } = await withFlagNames(() =>
    manager.editProfileReporting(target, patch, secrets),
  );
  info(ctx.io, `Saved profile "${profile.name}".`);
  if (notRevoked) info(ctx.io, notRevokedSentence(profile.name, notRevoked));
  if (secrets.clientSecret === undefined) {
    await askForDroppedSecret(ctx, manager, profile, prompter);
  }
  return EXIT.ok;
}

// `cognito-tokens profiles add NAME`: a profile from the same flags as the stateless login.
import { parseFlagsAndArgs } from '../args';
import { usageError } from '../cli-error';
import type { CommandContext } from '../command';
import { EXIT, type ExitCode } from '../exit-codes';
import { info } from '../io';
import { openManager } from '../manager';
import { createPrompter } from '../prompt';
import { readSecret } from '../secret-input';
import {
  clientSecretSource,
  fieldsFromFlags,
  inputFromFields,
  passwordSource,
  PROFILE_FIELD_FLAGS,
  withFlagNames,
} from './profile-flags';

/** `profiles add --help`. */
export const PROFILES_ADD_HELP = `Usage: cognito-tokens profiles add NAME --pool-id ID --client-id ID --username NAME [flags]

Saves a profile: a user pool, an app client and the user to sign in as. Secrets go to the
OS keychain, never to the profile file. The first profile added becomes the active one.

Connection (as in the stateless login)
  --pool-id ID               user pool id, e.g. us-east-2_AbC123 (required)
  --client-id ID             app client id (required)
  --region REGION            must match the pool id's region (optional)
  --endpoint URL             another Cognito endpoint, e.g. http://127.0.0.1:9229
  --flow srp|password|choice SRP (default), USER_PASSWORD_AUTH, or choice (USER_AUTH:
                             an email or SMS code, or the password, from what the pool offers)
  --preferred-challenge M    with --flow choice: EMAIL_OTP, SMS_OTP, PASSWORD or PASSWORD_SRP
  --username NAME            user name, or an email/phone alias (required)
  --client-secret-env VAR    the app client has a secret; read it from $VAR
  --client-secret-prompt     the app client has a secret; ask for it (hidden)

Profile settings
  --remember-password        keep the password in the keychain after a sign-in
  --password-env VAR         with --remember-password: keep the password in $VAR now
  --label TEXT               a short label shown beside the name
  --colour #RRGGBB           a colour for the tray and the window (--color also works)
  --refresh-ahead SECONDS    refresh this long before expiry (default 300)
  --refresh-rotation         the app client rotates refresh tokens

Example
  cognito-tokens profiles add dev --pool-id us-east-2_AbC123 --client-id 1example23 --username ada
`;

/** Adds a profile; returns the exit code. */
export async function profilesAdd(ctx: CommandContext, argv: string[]): Promise<ExitCode> {
  const { flags, args } = parseFlagsAndArgs('profiles add', argv, PROFILE_FIELD_FLAGS, 1);
  if (flags.help === true) {
    ctx.io.stdout.write(PROFILES_ADD_HELP);
    return EXIT.ok;
  }
  const [name] = args;
  if (name === undefined) throw usageError('Name the profile: cognito-tokens profiles add NAME …');
  const fields = fieldsFromFlags(flags);
  const baseInput = inputFromFields(name, fields);
  const secretFrom = clientSecretSource(flags);
  const passwordFrom = passwordSource(flags, fields.rememberPassword === true);
  const prompter = createPrompter(ctx.io);
  const clientSecret = secretFrom
    ? await readSecret(ctx.io, secretFrom, prompter, ctx.secrets)
    : undefined;
  const password = passwordFrom
    ? await readSecret(ctx.io, passwordFrom, prompter, ctx.secrets)
    : undefined;

  const manager = await openManager(ctx, {
    reliesOnKeychain: clientSecret !== undefined || !!password,
  });
  const input = { ...baseInput, hasClientSecret: clientSecret !== undefined };
  const profile = await withFlagNames(() =>
    manager.addProfile(input, {
      ...(clientSecret === undefined ? {} : { clientSecret }),
      ...(password === undefined ? {} : { password }),
    }),
  );
  info(
    ctx.io,
    `Added profile "${profile.name}" (${profile.userPoolId}, user ${profile.username}).`,
  );
  if (manager.getActive() === undefined) {
    manager.setActive(profile.id);
    info(ctx.io, `"${profile.name}" is now the active profile.`);
  }
  info(ctx.io, `Sign in with: cognito-tokens login ${profile.name}`);
  return EXIT.ok;
}

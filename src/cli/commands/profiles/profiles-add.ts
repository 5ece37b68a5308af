// `cognito-tokens profiles add NAME`: a profile from the same flags as the stateless login.
import { parseFlagsAndArgs } from '../../args';
import { usageError } from '../../cli-error';
import type { CommandContext } from '../../command';
import { EXIT, type ExitCode } from '../../../shared/exit-codes';
import { info } from '../../io';
import { openManager } from '../../manager';
import { createPrompter } from '../../prompt';
import { readSecret } from '../../secret-input';
import { profileUserText } from '../../../shared/sign-in-kinds';
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
       cognito-tokens profiles add NAME --sign-in browser --domain URL --pool-id ID --client-id ID
       cognito-tokens profiles add NAME --sign-in client-credentials --domain URL --pool-id ID
                                   --client-id ID --client-secret-env VAR [--scopes "a/read a/write"]

Saves a profile: a user pool, an app client and how to sign in. Secrets go to the OS
keychain, never to the profile file. The first profile added becomes the active one.

How it signs in
  --sign-in KIND             password (default): a user with a password, here or at login;
                             browser: a user through the managed login (authorization code
                             with PKCE) in the web browser; client-credentials: the app client
                             itself (M2M), with its client secret and no user

Connection (as in the stateless login)
  --pool-id ID               user pool id, e.g. us-east-2_AbC123 (required)
  --client-id ID             app client id (required)
  --region REGION            must match the pool id's region (optional)
  --endpoint URL             another Cognito endpoint: https, or plain http only on this
                             computer (an emulator), e.g. http://127.0.0.1:9229
  --flow srp|password|choice password kind: SRP (default), USER_PASSWORD_AUTH, or choice
                             (USER_AUTH: an email or SMS code, or the password)
  --preferred-challenge M    with --flow choice: EMAIL_OTP, SMS_OTP, PASSWORD or PASSWORD_SRP
  --username NAME            user name, or an email/phone alias (required for password;
                             optional for browser; none for client-credentials)
  --client-secret-env VAR    the app client has a secret; read it from $VAR (required for
                             client-credentials: an M2M app client always has one)
  --client-secret-prompt     the app client has a secret; ask for it (hidden)

Managed login (browser and client-credentials)
  --domain URL               the user pool's domain, e.g.
                             https://myapp.auth.eu-west-1.amazoncognito.com or your own
  --scopes "S1 S2"           OAuth scopes, separated by spaces; browser default
                             "openid email profile", client-credentials default: every scope
                             the app client is allowed
  --redirect-uri URI         browser: where the browser comes back, an http://localhost or
                             http://127.0.0.1 URI with a port (default
                             http://localhost:8976/callback). Add it to the app client's
                             callback URLs: Cognito matches it exactly, port included, and
                             accepts plain http only for localhost.
  --identity-provider NAME   browser: go straight to this provider (e.g. Google, or a SAML
                             provider's name) instead of the managed login's own page

AWS credentials (password and browser profiles)
  --identity-pool-id ID      an identity pool (REGION:GUID) that trusts this user pool and
                             app client: aws-credentials, exec and env then hand out AWS
                             credentials for the signed-in user
  --role-arn ARN             the role to ask the identity pool for (its rules must allow it),
                             instead of its default authenticated role

Profile settings
  --remember-password        keep the password in the keychain after a sign-in
  --password-env VAR         with --remember-password: keep the password in $VAR now
  --label TEXT               a short label shown beside the name
  --colour #RRGGBB           a colour for the tray and the window (--color also works)
  --refresh-ahead SECONDS    refresh this long before expiry (default 300)
  --refresh-rotation         the app client rotates refresh tokens

Examples
  cognito-tokens profiles add dev --pool-id us-east-2_AbC123 --client-id 1example23 --username ada
  cognito-tokens profiles add web --sign-in browser --pool-id us-east-2_AbC123 \\
      --client-id 2example34 --domain https://myapp.auth.us-east-2.amazoncognito.com
  CT_SECRET=… cognito-tokens profiles add orders-bot --sign-in client-credentials \\
      --pool-id us-east-2_AbC123 --client-id 3example45 --client-secret-env CT_SECRET \\
      --domain https://myapp.auth.us-east-2.amazoncognito.com --scopes "orders/read"
`;

/** Adds a profile; returns the exit code. */
export async function profilesAdd(ctx: CommandContext, argv: string[]): Promise<ExitCode> {
  const { flags, args } = parseFlagsAndArgs('profiles add', argv, PROFILE_FIELD_FLAGS, 1);
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
  const who =
    profile.username === undefined ? profileUserText(profile) : `user ${profile.username}`;
  info(ctx.io, `Added profile "${profile.name}" (${profile.userPoolId}, ${who}).`);
  if (profile.redirectUri !== undefined) {
    info(
      ctx.io,
      `The managed login sends the browser back to ${profile.redirectUri}: it must be a callback URL of the app client (Cognito matches it exactly, port included).`,
    );
  }
  if (manager.getActive() === undefined) {
    manager.setActive(profile.id);
    info(ctx.io, `"${profile.name}" is now the active profile.`);
  }
  info(
    ctx.io,
    profile.signIn === 'client-credentials'
      ? `Get a token with: cognito-tokens token ${profile.name} (no sign-in needed)`
      : `Sign in with: cognito-tokens login ${profile.name}`,
  );
  return EXIT.ok;
}

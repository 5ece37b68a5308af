// `cognito-tokens login [PROFILE]`: signs a saved profile in, walking every challenge exactly
// as the stateless login does; the tokens go to the keychain, and to stdout only when asked.
import { timeLeftText } from '../../../shared/session-words';
import { profileUserText } from '../../../shared/sign-in-kinds';
import { parseFlagsAndArgs } from '../../args';
import { chosenProfile } from '../../chosen-profile';
import { walkChallenges, type ChallengeContext, type ChallengeInputs } from '../../challenges';
import type { CommandContext } from '../../command';
import { EXIT, type ExitCode } from '../../../shared/exit-codes';
import { describeUser } from '../../describe-user';
import { deviceSignInNote } from '../../device-notes';
import { info } from '../../io';
import { openManager } from '../../manager';
import { formatTokens } from '../../output';
import { createPrompter } from '../../prompt';
import { readEnvSecret, readSecret } from '../../secret-input';
import { oauthLogin } from './oauth-login';
import {
  parseAttributes,
  parseMfaType,
  parseOutput,
  parseTimeoutMs,
  SIGN_IN_FLAGS,
  source,
} from './login-options';

const FLAGS = {
  'password-env': { type: 'string' },
  'remember-device': { type: 'boolean' },
  'no-browser': { type: 'boolean' },
  ...SIGN_IN_FLAGS,
} as const;

/** Flags that only the stateless form takes: any of them means `login --pool-id …`. */
const STATELESS_ONLY =
  /^--(?:pool-id|client-id|username|region|endpoint|flow|preferred-challenge|client-secret-env|client-secret-prompt)(?:=|$)/;

/** True unless argv uses a flag of the stateless form. */
export function isProfileLogin(argv: readonly string[]): boolean {
  return !argv.some((arg) => STATELESS_ONLY.test(arg));
}

/** Signs a saved profile in; returns the exit code. */
export async function profileLogin(ctx: CommandContext): Promise<ExitCode> {
  const { io, secrets } = ctx;
  const { flags, args } = parseFlagsAndArgs('login', ctx.argv, FLAGS, 1);
  const output =
    flags.output === undefined && flags.print === undefined
      ? null
      : parseOutput(flags.output, flags.print);
  const inputs: ChallengeInputs = {
    newPassword: source('--new-password-env', flags['new-password-env'], 'New password'),
    mfaCode: source('--mfa-code-env', flags['mfa-code-env'], 'MFA code'),
    mfaType: parseMfaType(flags['mfa-type']),
    showSetupUri: flags['show-setup-uri'] === true,
    attributes: parseAttributes(flags.attribute),
  };
  const passwordFrom = source('--password-env', flags['password-env'], 'Password');
  // Read up front, so a script with a missing variable fails before any request is sent.
  readEnvSecret(io, inputs.newPassword, secrets);
  readEnvSecret(io, inputs.mfaCode, secrets);

  const manager = await openManager(ctx, {
    timeoutMs: parseTimeoutMs(flags.timeout),
    reliesOnKeychain: true,
  });
  const profile = manager.resolveProfile(chosenProfile(ctx.io.env, args[0]));
  if (profile.signIn !== 'password') {
    return oauthLogin(ctx, manager, profile, { noBrowser: flags['no-browser'] === true, output });
  }
  // A prompt names whose password it wants: several profiles may share a terminal session.
  passwordFrom.label = `Password for ${profileUserText(profile)} (profile ${profile.name})`;
  const prompter = createPrompter(io);
  const remembered =
    passwordFrom.envName === undefined && (await manager.hasRememberedPassword(profile.id));
  // The choice flow asks for the password only when a password method is picked (unless one
  // is preferred up front, or given with --password-env).
  const codeFirst =
    profile.authFlow === 'choice' &&
    passwordFrom.envName === undefined &&
    profile.preferredChallenge?.startsWith('PASSWORD') !== true;
  const password =
    remembered || codeFirst ? undefined : await readSecret(io, passwordFrom, prompter, secrets);

  const challengeCtx: ChallengeContext = {
    io,
    prompter,
    secrets,
    inputs,
    askedAttributes: new Set(),
  };
  const rememberDevice = flags['remember-device'] === true;
  const first = await manager.signIn(profile.id, password, { rememberDevice });
  const { tokens, device } = await walkChallenges(challengeCtx, first, (answers) =>
    manager.respond(profile.id, answers),
  );
  for (const token of [tokens.idToken, tokens.accessToken, tokens.refreshToken]) secrets.add(token);
  for (const name of inputs.attributes.keys()) {
    if (challengeCtx.askedAttributes.has(name)) continue;
    info(io, `Note: Cognito did not ask for ${name}, so --attribute ${name} was not used.`);
  }
  if (output) io.stdout.write(formatTokens(tokens, output));
  const left = timeLeftText(tokens.expiresAt - Date.now());
  info(
    io,
    `Signed in to profile "${profile.name}" as ${describeUser(profile.username, tokens.username)}; the tokens expire in ${left}.`,
  );
  const note = deviceSignInNote(device);
  if (note) info(io, note);
  if (!manager.keychainStatus().ok) {
    info(
      io,
      'The tokens were kept for this run only (see the note above): sign in again next time.',
    );
  }
  return EXIT.ok;
}

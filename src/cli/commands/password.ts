// `cognito-tokens password forgot|change PROFILE`: reset a forgotten password with the code
// Cognito sends, or change the password of a signed-in profile.
import { parseFlagsAndArgs } from '../args';
import { usageError } from '../cli-error';
import type { Command, CommandContext } from '../command';
import { EXIT, type ExitCode } from '../../shared/exit-codes';
import { info } from '../io';
import { openManager } from '../manager';
import { createPrompter, type Prompter } from '../prompt';
import { retryWhileRefused } from '../retry-answer';
import { askNewPassword, noTerminal, readEnvSecret, readSecret } from '../secret-input';
import { parseTimeoutMs, source } from './login/login-options';

/** `password --help`. */
export const PASSWORD_HELP = `Usage: cognito-tokens password forgot PROFILE [--code-env VAR] [--new-password-env VAR]
       cognito-tokens password change PROFILE [--password-env VAR] [--new-password-env VAR]

forgot   Cognito sends a reset code to the user's verified email or phone; then
         enter the code and a new password.
change   For a signed-in profile: the current password, then the new one.

Secrets never go on the command line: each -env flag names an environment variable
that holds the value; without it you are asked with a hidden prompt (the new password
twice). At a terminal a wrong code, a wrong current password or a new password the
pool's policy refuses is asked for again, up to 3 times. A profile that remembers its
password keeps the new one.

Exit codes: 0 done, 2 bad input, 3 refused by Cognito, 4 network or service failure.
`;

const FLAGS = {
  'code-env': { type: 'string' },
  'password-env': { type: 'string' },
  'new-password-env': { type: 'string' },
  timeout: { type: 'string' },
} as const;

type Flags = ReturnType<typeof parseFlagsAndArgs<typeof FLAGS>>['flags'];

/** A new password from its -env flag, else asked twice at the terminal. */
async function newPasswordFrom(
  ctx: CommandContext,
  flags: Flags,
  prompter: Prompter | null,
  label: string,
): Promise<string> {
  const newSource = source('--new-password-env', flags['new-password-env'], 'New password');
  const fromEnv = readEnvSecret(ctx.io, newSource, ctx.secrets);
  if (fromEnv !== undefined) return fromEnv;
  if (!prompter) throw noTerminal('new password', '--new-password-env');
  return askNewPassword(ctx.io, label, prompter, ctx.secrets);
}

async function forgot(ctx: CommandContext, flags: Flags, name: string): Promise<ExitCode> {
  const { io, secrets } = ctx;
  const codeSource = source('--code-env', flags['code-env'], 'Code');
  // Read first, so a script with a missing variable fails before Cognito sends anything.
  const codeFromEnv = readEnvSecret(io, codeSource, secrets);
  readEnvSecret(io, source('--new-password-env', flags['new-password-env'], ''), secrets);
  const prompter = createPrompter(io);
  const manager = await openManager(ctx, { timeoutMs: parseTimeoutMs(flags.timeout) });
  const profile = manager.resolveProfile(name);
  if (!prompter && (codeFromEnv === undefined || flags['new-password-env'] === undefined)) {
    throw usageError(
      'stdin is not a terminal, so the code and the new password cannot be asked for; pass --code-env VAR and --new-password-env VAR, each naming an environment variable that holds the value.',
    );
  }
  const delivery = await manager.forgotPassword(profile.id);
  const where = delivery.destination ? ` to ${delivery.destination}` : '';
  const how = delivery.medium ? ` by ${delivery.medium.toLowerCase()}` : '';
  info(io, `Cognito sent a reset code${where}${how} for ${profile.username}.`);

  const askCode = async (): Promise<string> => {
    const typed = ((await prompter?.ask('Code')) ?? '').trim();
    secrets.add(typed);
    return typed;
  };
  let code = codeFromEnv ?? (await askCode());
  let password = await newPasswordFrom(ctx, flags, prompter, 'New password');
  const retryOn = ['code-mismatch', 'invalid-password'] as const;
  await retryWhileRefused(io, retryOn, prompter !== null, async (refused) => {
    // Only the refused answer is asked for again; the other one stands.
    if (refused === 'code-mismatch') code = await askCode();
    if (refused === 'invalid-password' && prompter) {
      password = await askNewPassword(io, 'New password', prompter, secrets);
    }
    await manager.confirmForgotPassword(profile.id, code, password);
  });
  info(
    io,
    `The password of ${profile.username} is reset; sign in with cognito-tokens login ${profile.name}.`,
  );
  return EXIT.ok;
}

async function change(ctx: CommandContext, flags: Flags, name: string): Promise<ExitCode> {
  const { io, secrets } = ctx;
  const currentSource = source('--password-env', flags['password-env'], 'Current password');
  readEnvSecret(io, currentSource, secrets);
  readEnvSecret(io, source('--new-password-env', flags['new-password-env'], ''), secrets);
  const prompter = createPrompter(io);
  const manager = await openManager(ctx, {
    timeoutMs: parseTimeoutMs(flags.timeout),
    reliesOnKeychain: true,
  });
  const profile = manager.resolveProfile(name);
  currentSource.label = `Current password for ${profile.username} (profile ${profile.name})`;
  let current = await readSecret(io, currentSource, prompter, secrets);
  let proposed = await newPasswordFrom(ctx, flags, prompter, 'New password');
  const retryOn = ['wrong-credentials', 'invalid-password'] as const;
  await retryWhileRefused(io, retryOn, prompter !== null, async (refused) => {
    if (refused === 'wrong-credentials' && prompter) {
      current = await readSecret(io, { ...currentSource, envName: undefined }, prompter, secrets);
    }
    if (refused === 'invalid-password' && prompter) {
      proposed = await askNewPassword(io, 'New password', prompter, secrets);
    }
    await manager.changePassword(profile.id, current, proposed);
  });
  info(io, `Changed the password of ${profile.username} (profile ${profile.name}).`);
  return EXIT.ok;
}

/** The password command: forgot and change. */
export const passwordCommand: Command = {
  name: 'password',
  subcommands: [
    { name: 'forgot', help: PASSWORD_HELP, takesProfile: true },
    { name: 'change', help: PASSWORD_HELP, takesProfile: true },
  ],
  summary: 'reset a forgotten password, or change the password of a profile',
  help: PASSWORD_HELP,
  async run(ctx) {
    const [sub, ...rest] = ctx.argv;
    if (sub === undefined) {
      ctx.io.stderr.write(PASSWORD_HELP);
      return EXIT.input;
    }
    if (sub !== 'forgot' && sub !== 'change') {
      throw usageError(`Unknown subcommand "password ${sub}"; use forgot or change.`);
    }
    const { flags, args } = parseFlagsAndArgs(`password ${sub}`, rest, FLAGS, 1);
    const [name] = args;
    if (name === undefined) {
      throw usageError(`Name the profile: cognito-tokens password ${sub} PROFILE`);
    }
    return sub === 'forgot' ? forgot(ctx, flags, name) : change(ctx, flags, name);
  },
};

// `cognito-tokens login`: one stateless sign-in, every challenge walked, tokens to stdout.
import type { LoadEngine } from '../../../main/cognito/load-engine';
import { walkChallenges, type ChallengeContext } from '../../challenges';
import type { Command, CommandContext } from '../../command';
import { EXIT, type ExitCode } from '../../../shared/exit-codes';
import { describeUser } from '../../describe-user';
import { usageError } from '../../cli-error';
import { info } from '../../io';
import { formatTokens } from '../../output';
import { createPrompter, type Prompter } from '../../prompt';
import { readEnvSecret, readSecret } from '../../secret-input';
import { LOGIN_HELP } from './login-help';
import { parseLoginOptions, type LoginOptions } from './login-options';
import { isProfileLogin, profileLogin } from './profile-login';

/** Reads the client secret and password, after checking every -env variable a challenge may need. */
async function readCredentials(
  ctx: CommandContext,
  options: LoginOptions,
  prompter: Prompter | null,
): Promise<{ clientSecret: string | undefined; password: string }> {
  const { io, secrets } = ctx;
  // Read up front, so a script with a missing variable fails before any request is sent.
  readEnvSecret(io, options.challenge.newPassword, secrets);
  readEnvSecret(io, options.challenge.mfaCode, secrets);
  const clientSecret = options.clientSecret
    ? await readSecret(io, options.clientSecret, prompter, secrets)
    : undefined;
  // The choice flow asks for the password only once a password method is picked.
  const preferred = options.preferredChallenge;
  const later =
    options.flow === 'choice' &&
    options.password.envName === undefined &&
    preferred !== 'PASSWORD' &&
    preferred !== 'PASSWORD_SRP';
  const password = later ? '' : await readSecret(io, options.password, prompter, secrets);
  return { clientSecret, password };
}

async function login(
  ctx: CommandContext,
  options: LoginOptions,
  loadEngine: LoadEngine,
): Promise<ExitCode> {
  const { io, secrets } = ctx;
  const prompter = createPrompter(io);
  const engines = await loadEngine();
  // A malformed pool id, region or endpoint fails here, before anyone types a password.
  engines.resolveConnection(options.connection);
  const { clientSecret, password } = await readCredentials(ctx, options, prompter);

  const engine = engines.createCognitoEngine({ ...options.connection, clientSecret });
  const { flow, username, preferredChallenge } = options;
  const conversation = await engine.signIn({ flow, username, password, preferredChallenge });
  // A password read up front serves a password method picked later; otherwise it is asked then.
  const inputs = { ...options.challenge, password: password === '' ? options.password : undefined };
  const challengeCtx: ChallengeContext = {
    ...{ io, prompter, secrets, inputs },
    askedAttributes: new Set(),
  };
  const { tokens } = await walkChallenges(challengeCtx, conversation.step, (answers) =>
    conversation.respond(answers),
  );

  for (const token of [tokens.idToken, tokens.accessToken, tokens.refreshToken]) secrets.add(token);
  for (const name of options.challenge.attributes.keys()) {
    if (challengeCtx.askedAttributes.has(name)) continue;
    info(io, `Note: Cognito did not ask for ${name}, so --attribute ${name} was not used.`);
  }
  io.stdout.write(formatTokens(tokens, options.output));
  if (io.interactive) info(io, `Signed in as ${describeUser(username, tokens.username)}.`);
  return EXIT.ok;
}

/** The login command, signing in through the engine that loadEngine provides. */
export function loginCommand(loadEngine: LoadEngine): Command {
  return {
    name: 'login',
    takesProfile: true,
    summary: 'sign a saved profile in (login NAME), or any pool (login --pool-id …)',
    help: LOGIN_HELP,
    async run(ctx) {
      // `login NAME` signs a saved profile in; `login --pool-id …` stays the stateless sign-in.
      if (isProfileLogin(ctx.argv)) return profileLogin(ctx);
      if (
        ctx.argv.some((arg) => arg === '--remember-device' || arg.startsWith('--remember-device='))
      ) {
        throw usageError(
          '--remember-device needs a saved profile (login NAME): the stateless login keeps nothing, so it cannot keep a device.',
        );
      }
      return login(ctx, parseLoginOptions(ctx.argv), loadEngine);
    },
  };
}

// `cognito-tokens use PROFILE`: the profile token, env, login and logout use when none is named.
import { parseFlagsAndArgs } from '../args';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { info } from '../io';
import { openManager } from '../manager';

/** `use --help`. */
export const USE_HELP = `Usage: cognito-tokens use PROFILE

Makes PROFILE the active one: token, env and logout use it when no profile is named.
The app shares the choice.
`;

/** The use command. */
export const useCommand: Command = {
  name: 'use',
  takesProfile: true,
  summary: 'make a saved profile the active one',
  help: USE_HELP,
  async run(ctx) {
    const table = { help: { type: 'boolean', short: 'h' } } as const;
    const { flags, args } = parseFlagsAndArgs('use', ctx.argv, table, 1);
    if (flags.help === true) {
      ctx.io.stdout.write(USE_HELP);
      return EXIT.ok;
    }
    const [name] = args;
    if (name === undefined) throw usageError('Name the profile: cognito-tokens use PROFILE');
    const manager = await openManager(ctx, { usesKeychain: false });
    const profile = manager.setActive(name);
    info(ctx.io, `"${profile.name}" is now the active profile.`);
    return EXIT.ok;
  },
};

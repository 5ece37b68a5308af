// `cognito-tokens use PROFILE`: the profile token, env, login and logout use when none is named.
import { parseFlagsAndArgs } from '../args';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { EXIT } from '../../shared/exit-codes';
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
    const { args } = parseFlagsAndArgs('use', ctx.argv, {}, 1);
    const [name] = args;
    if (name === undefined) throw usageError('Name the profile: cognito-tokens use PROFILE');
    const manager = await openManager(ctx, { usesKeychain: false });
    const profile = manager.setActive(name);
    info(ctx.io, `"${profile.name}" is now the active profile.`);
    return EXIT.ok;
  },
};

// `cognito-tokens profiles <list|add|edit|remove|import|export>`: the saved profiles.
import { usageError } from '../../cli-error';
import type { Command, CommandContext } from '../../command';
import { EXIT, type ExitCode } from '../../../shared/exit-codes';
import { PROFILES_ADD_HELP, profilesAdd } from './profiles-add';
import { PROFILES_EDIT_HELP, profilesEdit } from './profiles-edit';
import {
  PROFILES_LIST_HELP,
  PROFILES_REMOVE_HELP,
  profilesList,
  profilesRemove,
} from './profiles-list';
import {
  PROFILES_EXPORT_HELP,
  PROFILES_IMPORT_HELP,
  profilesExport,
  profilesImport,
} from './profiles-transfer';
import { PRODUCT_NAME } from '../../../shared/product';

type Sub = (ctx: CommandContext, argv: string[]) => Promise<ExitCode>;

const SUBCOMMANDS: Record<string, { run: Sub; help: string }> = {
  list: { run: profilesList, help: PROFILES_LIST_HELP },
  add: { run: profilesAdd, help: PROFILES_ADD_HELP },
  edit: { run: profilesEdit, help: PROFILES_EDIT_HELP },
  remove: { run: profilesRemove, help: PROFILES_REMOVE_HELP },
  import: { run: profilesImport, help: PROFILES_IMPORT_HELP },
  export: { run: profilesExport, help: PROFILES_EXPORT_HELP },
};

/** `profiles --help`. */
export const PROFILES_HELP = `Usage: cognito-tokens profiles <subcommand> [args]

Saved profiles, shared with the ${PRODUCT_NAME} app. Secrets live in the OS
keychain; the profile file holds none.

Subcommands
  list [--output json]              the profiles and how each signs in; * marks the active one
  add NAME --pool-id ID …           save a profile: --sign-in password (default), browser
                                    or client-credentials (see profiles add --help)
  edit NAME [flags]                 change a profile or its client secret
  remove NAME                       delete a profile and its keychain items
  import FILE [--username NAME]     from an export, amplify_outputs.json or aws-exports
  export [FILE]                     to FILE, or stdout; no ids, no secrets

Profiles live in $COGNITO_TOKEN_MANAGER_HOME when set, else the app's data folder.
`;

/** The profiles command and its subcommands. */
export const profilesCommand: Command = {
  name: 'profiles',
  summary: 'list, add, edit, remove, import or export saved profiles',
  help: PROFILES_HELP,
  subcommands: Object.entries(SUBCOMMANDS).map(([name, { help }]) => ({
    name,
    help,
    takesProfile: name === 'edit' || name === 'remove',
  })),
  async run(ctx) {
    const [name, ...rest] = ctx.argv;
    if (name === undefined) {
      ctx.io.stderr.write(PROFILES_HELP);
      return EXIT.input;
    }
    const sub = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
    if (!sub) {
      const known = Object.keys(SUBCOMMANDS).join(', ');
      throw usageError(`Unknown subcommand "profiles ${name}"; use one of ${known}.`);
    }
    return sub.run(ctx, rest);
  },
};

// `cognito-tokens profiles import FILE` and `profiles export [FILE]`.
import fs from 'node:fs';
import { parseFlagsAndArgs } from '../../args';
import { CliError, usageError } from '../../cli-error';
import type { CommandContext } from '../../command';
import { EXIT, type ExitCode } from '../../../shared/exit-codes';
import { info } from '../../io';
import { openManager } from '../../manager';

/** `profiles import --help`. */
export const PROFILES_IMPORT_HELP = `Usage: cognito-tokens profiles import FILE [--username NAME] [--overwrite] [flags]

Adds the profiles a file describes: a profile export (from profiles export or the app),
an amplify_outputs.json, or an aws-exports.js / .json file. Amplify files name no user:
with --username a password profile is made. An Amplify file with an OAuth block (the
managed login's domain) also becomes a browser profile, "NAME (browser)", which needs no
username; it uses the file's first http://localhost redirect URI with a port, else
http://localhost:8976/callback, which must then be added to the app client's callback URLs.

Flags
  --username NAME      the user to sign in as (Amplify files; needed without an OAuth block)
  --name NAME          the profile name (Amplify files; default: the pool id)
  --flow srp|password  how to sign in (Amplify files; default srp)
  --endpoint URL       another Cognito endpoint (Amplify files)
  --overwrite          replace profiles of the same name instead of skipping them
`;

/** `profiles export --help`. */
export const PROFILES_EXPORT_HELP = `Usage: cognito-tokens profiles export [FILE] [--profile NAME]...

Writes the profiles as JSON to FILE, or to stdout when no FILE is given. The export
holds no ids and no secrets: client secrets, passwords and tokens stay in the keychain.
`;

const IMPORT_FLAGS = {
  username: { type: 'string' },
  name: { type: 'string' },
  flow: { type: 'string' },
  endpoint: { type: 'string' },
  overwrite: { type: 'boolean' },
} as const;

/** Imports profiles from a file. */
export async function profilesImport(ctx: CommandContext, argv: string[]): Promise<ExitCode> {
  const { flags, args } = parseFlagsAndArgs('profiles import', argv, IMPORT_FLAGS, 1);
  const [file] = args;
  if (file === undefined) throw usageError('Name the file: cognito-tokens profiles import FILE');
  const { flow } = flags;
  if (flow !== undefined && flow !== 'srp' && flow !== 'password') {
    throw usageError('--flow must be srp (the default) or password.');
  }
  const manager = await openManager(ctx, { usesKeychain: false });
  const outcome = await manager.importProfiles(file, {
    ...(flags.username === undefined ? {} : { username: flags.username }),
    ...(flags.name === undefined ? {} : { name: flags.name }),
    ...(flow === undefined ? {} : { authFlow: flow }),
    ...(flags.endpoint === undefined ? {} : { endpoint: flags.endpoint }),
    overwrite: flags.overwrite === true,
  });
  for (const p of outcome.added) info(ctx.io, `Added profile "${p.name}" (${p.userPoolId}).`);
  for (const { profile } of outcome.replaced) info(ctx.io, `Replaced profile "${profile.name}".`);
  for (const skipped of outcome.skipped) info(ctx.io, `Skipped: ${skipped.reason}`);
  for (const note of outcome.notes) info(ctx.io, `Note: ${note}`);
  const changed = outcome.added.length + outcome.replaced.length;
  info(ctx.io, `Imported ${changed} of ${changed + outcome.skipped.length} profiles.`);
  return EXIT.ok;
}

/** Exports profiles to a file or stdout. */
export async function profilesExport(ctx: CommandContext, argv: string[]): Promise<ExitCode> {
  const table = {
    profile: { type: 'string', multiple: true },
  } as const;
  const { flags, args } = parseFlagsAndArgs('profiles export', argv, table, 1);
  const manager = await openManager(ctx, { usesKeychain: false });
  // Imported here: the export module loads zod, which --help and the stateless login never need.
  const { serializeExport } = await import('../../../main/profiles/export-file.js');
  const text = serializeExport(manager.exportProfiles(flags.profile));
  const [file] = args;
  if (file === undefined) {
    ctx.io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    // Not secret, but pool ids and user names are nobody else's business.
    fs.writeFileSync(file, text, { mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new CliError(`${file} cannot be written (${code}).`, EXIT.input);
  }
  const count = manager.listProfiles().length;
  info(ctx.io, `Exported ${flags.profile?.length ?? count} profiles to ${file}.`);
  return EXIT.ok;
}

// `cognito-tokens profiles list` and `profiles remove NAME`.
import { parseFlagsAndArgs } from '../../args';
import { CliError, usageError } from '../../cli-error';
import type { CommandContext } from '../../command';
import { EXIT, type ExitCode } from '../../../shared/exit-codes';
import { deviceForgetSentence, notRevokedSentence } from '../../../shared/outcome-words';
import { info } from '../../io';
import { openManager } from '../../manager';
import { renderTable } from '../../table';
import { profileUserText } from '../../../shared/sign-in-kinds';

/** `profiles list --help`. */
export const PROFILES_LIST_HELP = `Usage: cognito-tokens profiles list [--output json]

Lists the saved profiles; * marks the active one. No secrets are shown: they stay in
the keychain. --output json prints the profiles (with their ids) as a JSON array.
`;

/** `profiles remove --help`. */
export const PROFILES_REMOVE_HELP = `Usage: cognito-tokens profiles remove NAME

Deletes a profile and every keychain item it had (tokens, client secret, remembered
password, remembered device). The refresh token is not revoked: run logout first for
that. Cognito is called only to forget a remembered device (ForgetDevice), which
needs the profile to be signed in; otherwise the device is deleted here only.
`;

/** Lists profiles as a table or JSON. */
export async function profilesList(ctx: CommandContext, argv: string[]): Promise<ExitCode> {
  const table = { output: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
  const { flags } = parseFlagsAndArgs('profiles list', argv, table, 0);
  if (flags.output !== undefined && flags.output !== 'json') {
    throw usageError('--output must be json; without it a table is printed.');
  }
  const manager = await openManager(ctx, { usesKeychain: false });
  const profiles = manager.listProfiles();
  const activeId = manager.getActive()?.id;
  if (flags.output === 'json') {
    const listed = profiles.map((p) => ({ ...p, active: p.id === activeId }));
    ctx.io.stdout.write(`${JSON.stringify(listed, null, 2)}\n`);
    return EXIT.ok;
  }
  if (profiles.length === 0) {
    info(ctx.io, 'No profiles yet: add one with cognito-tokens profiles add NAME --pool-id …');
    return EXIT.ok;
  }
  const rows = profiles.map((p) => [
    p.id === activeId ? '*' : '',
    p.name,
    p.userPoolId,
    p.clientId,
    p.signIn,
    profileUserText(p),
    // The SRP/password/choice flow only means something to a password profile.
    p.signIn === 'password' ? p.authFlow : '-',
    p.label ?? '',
  ]);
  const headers = ['', 'PROFILE', 'POOL', 'CLIENT', 'SIGN-IN', 'USER', 'FLOW', 'LABEL'];
  ctx.io.stdout.write(renderTable(headers, rows));
  return EXIT.ok;
}

/** Removes a profile and its keychain items. */
export async function profilesRemove(ctx: CommandContext, argv: string[]): Promise<ExitCode> {
  const { args } = parseFlagsAndArgs('profiles remove', argv, {}, 1);
  const [target] = args;
  if (target === undefined)
    throw usageError('Name the profile: cognito-tokens profiles remove NAME');
  const manager = await openManager(ctx, { reliesOnKeychain: true });
  const { profile, removedSecrets, notRemoved, device, notRevoked } =
    await manager.removeProfile(target);
  const note = deviceForgetSentence(device);
  if (note) info(ctx.io, note);
  if (notRevoked) info(ctx.io, notRevokedSentence(profile.name, notRevoked));
  if (notRemoved) {
    // The profile is gone; its items stay listed, so a later run can still find and delete them.
    throw new CliError(
      `Removed profile "${profile.name}", but not its keychain items: ${notRemoved.message} They are removed the next time the app or cognito-tokens starts with the keychain usable.`,
      EXIT.unexpected,
    );
  }
  const items = removedSecrets === 1 ? '1 keychain item' : `${removedSecrets} keychain items`;
  info(ctx.io, `Removed profile "${profile.name}" and ${items}.`);
  return EXIT.ok;
}

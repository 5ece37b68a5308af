// `cognito-tokens status`: every profile, its user, session state and time left, without network.
import { parseFlagsAndArgs } from '../args';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { info } from '../io';
import { openManager } from '../manager';
import { renderTable } from '../table';
import { describeDrift } from '../../main/sessions/clock-drift';

/** `status --help`. */
export const STATUS_HELP = `Usage: cognito-tokens status [--output json]

Shows each profile's region, how it signs in, its user, session state and the time left on its tokens,
read from the keychain without calling Cognito (token refreshes them when due).
* marks the active profile. --output json prints the same rows as a JSON array.
`;

const FLAGS = {
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The status command. */
export const statusCommand: Command = {
  name: 'status',
  summary: 'show every profile with its session state and time left',
  help: STATUS_HELP,
  async run(ctx) {
    const { flags } = parseFlagsAndArgs('status', ctx.argv, FLAGS, 0);
    if (flags.help === true) {
      ctx.io.stdout.write(STATUS_HELP);
      return EXIT.ok;
    }
    if (flags.output !== undefined && flags.output !== 'json') {
      throw usageError('--output must be json; without it a table is printed.');
    }
    const manager = await openManager(ctx);
    const rows = await manager.statusRows();
    const activeId = manager.getActive()?.id;
    if (flags.output === 'json') {
      const listed = rows.map((row) => ({ ...row, active: row.profileId === activeId }));
      ctx.io.stdout.write(`${JSON.stringify(listed, null, 2)}\n`);
      return EXIT.ok;
    }
    if (rows.length === 0) {
      info(ctx.io, 'No profiles yet: add one with cognito-tokens profiles add NAME --pool-id …');
      return EXIT.ok;
    }
    const cells = rows.map((r) => [
      r.profileId === activeId ? '*' : '',
      r.name,
      r.region,
      r.signIn,
      r.username,
      r.state,
      r.expiresIn,
    ]);
    const headers = ['', 'PROFILE', 'REGION', 'SIGN-IN', 'USER', 'STATE', 'EXPIRES IN'];
    ctx.io.stdout.write(renderTable(headers, cells));
    for (const { profile, driftMs } of manager.clockDrifts()) {
      // Times above already allow for it; a clock this far off breaks other tools, though.
      info(
        ctx.io,
        `Note: this computer's clock is ${describeDrift(driftMs)} Cognito's (seen with "${profile.name}"); token times allow for it, but set the clock right.`,
      );
    }
    return EXIT.ok;
  },
};

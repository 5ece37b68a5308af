// `cognito-tokens status`: every profile, its user, session state and time left, without network.
import { parseFlagsAndArgs } from '../args';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { EXIT } from '../../shared/exit-codes';
import { info } from '../io';
import { openManager } from '../manager';
import { renderTable } from '../table';
import { describeDrift } from '../../main/sessions/clock-drift';
import type { StatusRow } from '../../main/token-manager';

/** `status --help`. */
export const STATUS_HELP = `Usage: cognito-tokens status [--output json]

Shows each profile's region, how it signs in, its user, session state and the time left on its tokens,
read from the keychain without calling Cognito (token refreshes them when due). It never prompts
and never opens a browser. * marks the active profile.

--output json prints one object per profile, with values rather than display text:
  profileId, name, region, signIn, active (true or false)
  state       signed-in, refreshing, signing-in, error or signed-out
  username    who signs in: the typed username, or the ID token's email or federated
              name; null for M2M (client-credentials) profiles or when not known
  expiresAt   when the tokens expire (ISO 8601), null when not known
  secondsLeft whole seconds until then (0 once expired), null when not known
  memoryOnly  true when the keychain refused the tokens
  reason      why it is signed out or in error, when known
`;

const FLAGS = {
  output: { type: 'string' },
} as const;

/** One row of `status --output json`: values a script can compare, never display text. */
export function statusJson(row: StatusRow, active: boolean, now: number) {
  return {
    profileId: row.profileId,
    name: row.name,
    region: row.region,
    signIn: row.signIn,
    active,
    state: row.status,
    username: row.user,
    expiresAt: row.expiresAt === undefined ? null : new Date(row.expiresAt).toISOString(),
    secondsLeft:
      row.expiresAt === undefined ? null : Math.max(0, Math.floor((row.expiresAt - now) / 1000)),
    memoryOnly: row.memoryOnly,
    ...(row.reason === undefined ? {} : { reason: row.reason }),
  };
}

/** The status command. */
export const statusCommand: Command = {
  name: 'status',
  summary: 'show every profile with its session state and time left',
  help: STATUS_HELP,
  async run(ctx) {
    const { flags } = parseFlagsAndArgs('status', ctx.argv, FLAGS, 0);
    if (flags.output !== undefined && flags.output !== 'json') {
      throw usageError('--output must be json; without it a table is printed.');
    }
    const manager = await openManager(ctx);
    const rows = await manager.statusRows();
    const activeId = manager.getActive()?.id;
    if (flags.output === 'json') {
      const now = Date.now();
      const listed = rows.map((row) => statusJson(row, row.profileId === activeId, now));
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

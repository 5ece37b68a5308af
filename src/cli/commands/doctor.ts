// `cognito-tokens doctor [PROFILE]`: why does this app client refuse me? Probes the endpoint,
// the pool and the app client (failed sign-ins of a made-up user, or the managed login's own
// answers; never a password), and checks the session and the keychain; one line per check, the
// fix under each failure.
import { parseFlagsAndArgs } from '../args';
import { chosenProfile } from '../chosen-profile';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { EXIT } from '../../shared/exit-codes';
import { openManager } from '../manager';
import { parseTimeoutMs } from './login/login-options';
import type { DoctorReport } from '../../main/doctor/doctor-types';

/** `doctor --help`. */
export const DOCTOR_HELP = `Usage: cognito-tokens doctor [PROFILE] [--output json] [--timeout S]

Checks why a profile may not sign in, without its password: the endpoint answers,
the user pool exists, the signed-in tokens, this computer's clock, and the keychain;
and, by the profile's kind:

  password  the app client exists, which sign-in flows it allows (USER_SRP_AUTH,
            USER_PASSWORD_AUTH, USER_AUTH), whether it needs a client secret and
            whether the stored one is right, whether the pool hides unknown users.
            The probes are failed sign-ins of a made-up user (ctm-doctor-<random>):
            no real user is touched, and no password is needed or sent.
  browser   the managed-login domain answers, and the app client accepts the
            redirect URI and scopes: one /oauth2/authorize request whose redirect
            is read, not followed (no browser opens, nobody signs in).
  M2M       the domain answers, and the client credentials work: the doctor
            fetches one access token with the stored secret and scopes, and
            discards it (it is neither printed nor stored).

  --output json   the checks as JSON
  --timeout S     per-request timeout (default 10)

Exit codes: 0 nothing a sign-in needs failed (a failed keychain or stale tokens are
reported but do not count), 3 something a sign-in needs failed, 2 bad input.
`;

const FLAGS = {
  output: { type: 'string' },
  timeout: { type: 'string' },
} as const;

const MARKS = { pass: '✓', fail: '✗', info: 'i', skip: '–' } as const;

/** The report as lines a person reads. */
export function renderReport(report: DoctorReport): string {
  const width = Math.max(...report.checks.map((c) => c.title.length));
  const lines = report.checks.flatMap((check) => {
    const line = `${MARKS[check.status]} ${check.title.padEnd(width)}  ${check.sentence}`;
    return check.fix ? [line, `  ${' '.repeat(width)}  Fix: ${check.fix}`] : [line];
  });
  const verdict = report.ok
    ? `Nothing stops ${report.profile} from signing in.`
    : `${report.profile} cannot sign in until the ✗ lines are fixed.`;
  return `${lines.join('\n')}\n\n${verdict}\n`;
}

/** The doctor command. */
export const doctorCommand: Command = {
  name: 'doctor',
  takesProfile: true,
  summary: 'check why a profile may not sign in (no password needed)',
  help: DOCTOR_HELP,
  async run(ctx) {
    const { flags, args } = parseFlagsAndArgs('doctor', ctx.argv, FLAGS, 1);
    if (flags.output !== undefined && flags.output !== 'json') {
      throw usageError('--output must be json; without it the checks are printed as lines.');
    }
    const timeoutMs = parseTimeoutMs(flags.timeout);
    const manager = await openManager(ctx, { timeoutMs });
    const profile = manager.resolveProfile(chosenProfile(ctx.io.env, args[0]));
    const report = await manager.checkProfile(profile.id, timeoutMs);
    ctx.io.stdout.write(
      flags.output === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report),
    );
    return report.ok ? EXIT.ok : EXIT.rejected;
  },
};

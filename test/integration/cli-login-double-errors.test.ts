// cognito-tokens login as a child process against the strict Cognito double, when it must fail:
// exit 2 for a value no flag supplied (no terminal to ask), exit 3 when Cognito says no.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ensureCliBuilt,
  expectFailure,
  expectNoLeaks,
  runCli,
  type CliRunOptions,
  loginArgs,
} from '../support/run-cli';
import { useDouble } from '../support/use-double';

const POOL_ID = 'eu-west-1_CliErrors';
const PUBLIC_CLIENT = 'cli-errors-public';
const SECRET_CLIENT = 'cli-errors-secret';
const CLIENT_SECRET = 'cli-errors-client-secret-0123456789abcdef';
const PASSWORD = 'Errors-Pass-1!';
const TOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
/** Everything that must never be printed. */
const SECRETS = [PASSWORD, CLIENT_SECRET, TOTP_SECRET];

/** login's connection flags for the double, plus the given ones. */
const login = (client: string, ...rest: string[]): string[] =>
  loginArgs(POOL_ID, double.endpoint, client, ...rest);

const withPassword = (extra: Record<string, string> = {}): CliRunOptions => ({
  env: { CT_PW: PASSWORD, ...extra },
});

const double = useDouble([
  {
    userPoolId: POOL_ID,
    clients: [
      { clientId: PUBLIC_CLIENT },
      { clientId: SECRET_CLIENT, clientSecret: CLIENT_SECRET },
    ],
    users: [
      { username: 'ada', password: PASSWORD },
      {
        username: 'chooser',
        password: PASSWORD,
        attributes: { phone_number: '+15555550123' },
        mfa: { sms: true, totpSecret: TOTP_SECRET },
      },
      { username: 'setup-user', password: PASSWORD, mfa: { setupRequired: true } },
    ],
  },
]);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

describe('cognito-tokens login against the Cognito double: failures', () => {
  it('exits 2 when a challenge needs a value no flag supplied and stdin is not a terminal', async () => {
    const run = await runCli(
      login(PUBLIC_CLIENT, '--username', 'chooser', '--password-env', 'CT_PW'),
      withPassword(),
    );
    expectFailure(run, 2, /--mfa-type/);
    expectNoLeaks(run, SECRETS);
  });

  it('exits 2 at MFA_SETUP without a terminal, and does not print the setup key', async () => {
    const run = await runCli(
      login(PUBLIC_CLIENT, '--username', 'setup-user', '--password-env', 'CT_PW'),
      withPassword(),
    );
    expectFailure(run, 2, /run login in a terminal/);
    expect(run.stderr).not.toContain('otpauth://');
    expectNoLeaks(run, SECRETS);
  });

  it('exits 3 on a wrong password', async () => {
    const run = await runCli(login(PUBLIC_CLIENT, '--username', 'ada', '--password-env', 'CT_PW'), {
      env: { CT_PW: 'Wrong-Pass-9!' },
    });
    expectFailure(run, 3);
    expectNoLeaks(run, [...SECRETS, 'Wrong-Pass-9!']);
  });

  it('exits 3 for an unknown app client', async () => {
    const run = await runCli(
      login('no-such-client', '--username', 'ada', '--password-env', 'CT_PW'),
      withPassword(),
    );
    expectFailure(run, 3);
    expectNoLeaks(run, SECRETS);
  });

  it('exits 3 when the client secret is wrong', async () => {
    const args = login(
      SECRET_CLIENT,
      '--username',
      'ada',
      '--password-env',
      'CT_PW',
      '--client-secret-env',
      'CT_SECRET',
    );
    const run = await runCli(args, withPassword({ CT_SECRET: 'not-the-secret-at-all' }));
    expectFailure(run, 3);
    expectNoLeaks(run, [...SECRETS, 'not-the-secret-at-all']);
  });
});

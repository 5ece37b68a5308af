// cognito-tokens login --flow choice as a child process against the strict Cognito double: a
// passwordless email code, the password proven with SRP through the choice, a script that must
// name a method, and the sentence for an app client without USER_AUTH.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ensureCliBuilt,
  expectFailure,
  expectNoLeaks,
  expectTokenJson,
  loginArgs,
  runCli,
} from '../support/run-cli';
import { useDouble } from '../support/use-double';

const POOL_ID = 'eu-west-1_CliChoice';
const CHOICE_CLIENT = 'cli-choice-client';
const SRP_ONLY_CLIENT = 'cli-srp-only-client';
const PASSWORD = 'Choice-Pass-1!';
const CODE = '135790';

const login = (client: string, ...rest: string[]): string[] =>
  loginArgs(POOL_ID, double.endpoint, client, '--username', 'ivy', '--flow', 'choice', ...rest);

const double = useDouble([
  {
    userPoolId: POOL_ID,
    fixedCode: CODE,
    clients: [
      { clientId: CHOICE_CLIENT, flows: ['USER_AUTH', 'REFRESH_TOKEN_AUTH'] },
      { clientId: SRP_ONLY_CLIENT, flows: ['USER_SRP_AUTH', 'REFRESH_TOKEN_AUTH'] },
    ],
    users: [{ username: 'ivy', password: PASSWORD, email: 'ivy@example.com' }],
  },
]);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

describe('cognito-tokens login --flow choice against the Cognito double', () => {
  it('signs in with an email code and never asks for the password', async () => {
    const run = await runCli(
      login(CHOICE_CLIENT, '--preferred-challenge', 'email_otp', '--mfa-code-env', 'CT_CODE'),
      { env: { CT_CODE: CODE } },
    );
    expect(expectTokenJson(run).username).toBe('ivy');
    expect(run.stderr).toMatch(/Enter the code sent by email to i\*+@/);
    expect(double.requests.at(-2)?.body).toMatchObject({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'ivy', PREFERRED_CHALLENGE: 'EMAIL_OTP' },
    });
    expectNoLeaks(run, [PASSWORD]);
  });

  it('proves the password with SRP when PASSWORD_SRP is preferred', async () => {
    const run = await runCli(
      login(CHOICE_CLIENT, '--preferred-challenge', 'PASSWORD_SRP', '--password-env', 'CT_PW'),
      { env: { CT_PW: PASSWORD } },
    );
    expect(expectTokenJson(run).username).toBe('ivy');
    expect(double.requests.at(-1)?.body).toMatchObject({ ChallengeName: 'PASSWORD_VERIFIER' });
    expectNoLeaks(run, [PASSWORD]);
    expect(JSON.stringify(double.requests)).not.toContain(PASSWORD);
  });

  it('tells a script without a terminal to name a method from those offered', async () => {
    const run = await runCli(login(CHOICE_CLIENT));
    expectFailure(
      run,
      2,
      /Cognito asks to choose a sign-in method; pass --preferred-challenge with one of PASSWORD, PASSWORD_SRP, EMAIL_OTP\.$/,
    );
    expect(run.stderr).toMatch(/Choose how to sign in\./);
  });

  it('refuses --preferred-challenge without --flow choice, before any request', async () => {
    const before = double.requests.length;
    const args = loginArgs(POOL_ID, double.endpoint, CHOICE_CLIENT, '--username', 'ivy');
    const run = await runCli([...args, '--preferred-challenge', 'EMAIL_OTP']);
    expectFailure(run, 2, /--preferred-challenge needs --flow choice\.$/);
    expect(double.requests).toHaveLength(before);
  });

  it('says how to fix an app client that does not allow USER_AUTH', async () => {
    const run = await runCli(login(SRP_ONLY_CLIENT, '--preferred-challenge', 'EMAIL_OTP'));
    expectFailure(run, 3, /does not allow choice-based sign-in \(USER_AUTH\): enable it on/);
  });
});

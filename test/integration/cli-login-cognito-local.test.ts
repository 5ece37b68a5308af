// cognito-tokens login as a child process against a real cognito-local (USER_PASSWORD_AUTH only:
// cognito-local does no SRP and checks no SECRET_HASH; the double covers those).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoLocal, type CognitoLocal } from '../support/cognito-local';
import {
  startRequiredAttributesProxy,
  type RequiredAttributesProxy,
} from '../support/cognito-local-required-attributes';
import { enableTotpMfa, totpCode } from '../support/cognito-local-totp';
import {
  ensureCliBuilt,
  expectFailure,
  expectNoLeaks,
  expectTokenJson,
  jwtPayload,
  runCli,
} from '../support/run-cli';

const TEMP = 'Local-Temp-1!';
const PERMANENT = 'Local-Perm-2!';
const SECRETS = [TEMP, PERMANENT];

let local: CognitoLocal;
let proxy: RequiredAttributesProxy;
let poolId: string;
let clientId: string;
let userCount = 0;

function newUsername(): string {
  userCount += 1;
  return `cli-user${userCount}`;
}

/**
 * The pool id as the CLI is given it. cognito-local names pools "local_<id>", and "local" is not a
 * region, which the CLI (through the engine) refuses; USER_PASSWORD_AUTH sends only the client id,
 * so a region-shaped id with the same suffix reaches the same pool.
 */
function cliPoolId(): string {
  return poolId.startsWith('local_') ? `us-east-1_${poolId.slice('local_'.length)}` : poolId;
}

/** login with the password flow against an endpoint (cognito-local itself unless told). */
function login(username: string, endpoint = local.endpoint, client = clientId): string[] {
  const connection = ['--pool-id', cliPoolId(), '--client-id', client, '--endpoint', endpoint];
  return [
    'login',
    ...connection,
    '--flow',
    'password',
    '--username',
    username,
    '--password-env',
    'CT_PW',
  ];
}

async function confirmedUser(): Promise<string> {
  const username = newUsername();
  await local.createUser(poolId, username, TEMP);
  await local.setPassword(poolId, username, PERMANENT);
  return username;
}

beforeAll(async () => {
  await ensureCliBuilt();
  local = await startCognitoLocal();
  poolId = await local.createPool({ requiredAttributes: ['given_name'] });
  ({ clientId } = await local.createClient(poolId));
  // cognito-local never lists required attributes at NEW_PASSWORD_REQUIRED; the proxy does, as Cognito would.
  proxy = await startRequiredAttributesProxy(local.endpoint, ['given_name']);
}, 120_000);

afterAll(async () => {
  await proxy.close();
  await local.stop();
});

describe('cognito-tokens login against cognito-local', () => {
  it('first sign-in: NEW_PASSWORD_REQUIRED from --new-password-env and --attribute, then JSON tokens', async () => {
    const username = newUsername();
    await local.createUser(poolId, username, TEMP);
    const args = [
      ...login(username, proxy.endpoint),
      '--new-password-env',
      'CT_NEW',
      '--attribute',
      'given_name=Ada',
    ];
    const run = await runCli(args, { env: { CT_PW: TEMP, CT_NEW: PERMANENT } });
    const output = expectTokenJson(run);
    expect(output.username).toBe(username);
    expect(jwtPayload(output.accessToken)).toMatchObject({ username, token_use: 'access' });
    expect(proxy.challengeResponses.at(-1)).toMatchObject({ 'userAttributes.given_name': 'Ada' });
    expectNoLeaks(run, SECRETS);

    // The new password is the password now.
    const again = await runCli(login(username), { env: { CT_PW: PERMANENT } });
    expect(expectTokenJson(again).username).toBe(username);
    expectNoLeaks(again, SECRETS);
  });

  it('--print access prints only the access token', async () => {
    const username = await confirmedUser();
    const run = await runCli([...login(username), '--print', 'access'], {
      env: { CT_PW: PERMANENT },
    });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(jwtPayload(run.stdout.trim())).toMatchObject({ username, token_use: 'access' });
    expectNoLeaks(run, SECRETS);
  });

  it('answers SOFTWARE_TOKEN_MFA from --mfa-code-env', async () => {
    const username = await confirmedUser();
    const first = expectTokenJson(await runCli(login(username), { env: { CT_PW: PERMANENT } }));
    const totpSecret = await enableTotpMfa(local.adminClient, first.accessToken);
    // Not in the last seconds of its window, so the code is still valid when it arrives.
    const code = await totpCode(totpSecret);
    const run = await runCli([...login(username), '--mfa-code-env', 'CT_CODE'], {
      env: { CT_PW: PERMANENT, CT_CODE: code },
    });
    expect(expectTokenJson(run).username).toBe(username);
    expectNoLeaks(run, [...SECRETS, totpSecret]);
  });

  it('exits 3 on a wrong password', async () => {
    const username = await confirmedUser();
    const run = await runCli(login(username), { env: { CT_PW: 'Not-The-Pass-3!' } });
    expectFailure(run, 3);
    expectNoLeaks(run, [...SECRETS, 'Not-The-Pass-3!']);
  });

  it('exits 3 for an unknown app client', async () => {
    const username = await confirmedUser();
    const run = await runCli(login(username, local.endpoint, 'nosuchclient'), {
      env: { CT_PW: PERMANENT },
    });
    expectFailure(run, 3);
    expectNoLeaks(run, SECRETS);
  });
});

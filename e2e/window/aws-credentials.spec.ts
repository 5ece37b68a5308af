// An identity pool in the window: the profile form takes its id under Advanced, the token view
// shows the identity id and the credentials' expiry, and "Copy AWS credentials" puts sh export
// lines on the clipboard from main. The secret key and session token must never reach the page,
// the bridge, the store or the logs (the app fixture's leak check), and a sign-out forgets them.
import { randomUUID } from 'node:crypto';
import { PERMANENT_PASSWORD } from '../../test/support/cognito-local-pool';
import { startIdentityDouble, type IdentityDouble } from '../../test/support/identity-double';
import { expectAccessible } from '../support/axe';
import { expect, screenshots, test } from '../support/app-fixture';
import { addProfile, signInWithPassword } from '../support/window-steps';

let double: IdentityDouble | undefined;
test.afterEach(async () => {
  await double?.close();
});

test('copies AWS credentials from the token view, and a sign-out forgets them', async ({
  page,
  app,
  services,
}) => {
  const { pool, local } = services;
  double = await startIdentityDouble({ upstream: local.endpoint });
  const identityPoolId = `eu-west-1:${randomUUID()}`;
  double.addPool({
    identityPoolId,
    providers: [
      {
        providerName: `cognito-idp.eu-west-1.amazonaws.com/${pool.poolId}`,
        clientId: pool.clientId,
        issuer: `${local.endpoint}/${pool.rawPoolId}`,
        jwksUrl: `${local.endpoint}/${pool.rawPoolId}/.well-known/jwks.json`,
      },
    ],
    authenticatedRoleArn: 'arn:aws:iam::123456789012:role/WindowUsers',
  });
  const username = await services.confirmedUser(pool);
  app.secret('password', PERMANENT_PASSWORD);
  await app.open();
  await addProfile(page, {
    name: 'with aws',
    poolId: pool.poolId,
    clientId: pool.clientId,
    username,
    endpoint: double.endpoint,
    flow: 'password',
    identityPoolId,
  });
  await signInWithPassword(page, PERMANENT_PASSWORD);
  const panel = page.getByRole('region', { name: 'AWS credentials' });
  await expect(panel).toContainText(identityPoolId);
  await expect(panel).toContainText('none cached: the first copy fetches them');

  await panel.getByRole('button', { name: 'Copy AWS credentials' }).click();
  await expect(
    panel.getByText('AWS credentials copied as export lines; the clipboard is cleared in 30 s.'),
  ).toBeVisible();
  const issued = double.issued.at(-1);
  if (!issued) throw new Error('no credentials were issued');
  app.secret('AWS secret access key', issued.secretKey);
  app.secret('AWS session token', issued.sessionToken);
  const copied = await app.host.clipboard();
  expect(copied).toContain(`export AWS_ACCESS_KEY_ID='${issued.accessKeyId}'\n`);
  expect(copied).toContain(`export AWS_SECRET_ACCESS_KEY='${issued.secretKey}'\n`);
  expect(copied).toContain(`export AWS_SESSION_TOKEN='${issued.sessionToken}'\n`);
  expect(copied).toContain("export AWS_REGION='eu-west-1'\n");
  await expect(panel).toContainText(issued.identityId);
  await expect(panel).toContainText(/expire in \d+:\d\d/);
  await screenshots(page, 'aws-credentials');
  await expectAccessible(page, 'AWS credentials');

  // The same set again: from the keychain, no new request.
  const calls = double.calls.length;
  await panel.getByRole('button', { name: 'Copy AWS credentials' }).click();
  await expect.poll(() => app.host.clipboard()).toBe(copied);
  expect(double.calls).toHaveLength(calls);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(app.cli(['aws-credentials', 'with aws'])).rejects.toThrow(/not signed in/);
});

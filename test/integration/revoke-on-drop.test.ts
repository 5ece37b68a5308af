// Removing a profile, or an edit that drops its tokens (another pool, client, user, endpoint…),
// revokes the refresh token at Cognito first, at the host it was issued by, and says so truly
// when that was not possible. The facade and the bridge handlers over the strict Cognito double
// (a real RevokeToken: the token stops working there), an in-memory keytar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeHandlers, QUIET_LOG } from '../support/bridge-handlers';
import { dispatch } from '../../src/main/handlers/dispatch';
import type { TokenManager } from '../../src/main/token-manager';
import { callCognito } from '../support/cognito-double';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-west-1_Revoke1';
const CLIENT = 'revoke7client';
const PASSWORD = 'Revoke-Pass1';

const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      clients: [{ clientId: CLIENT }],
      users: [{ username: 'rita', password: PASSWORD }],
    },
  ],
});
const double = facade.double;
let manager: TokenManager;
let capture: CaptureServer;

beforeAll(async () => {
  [{ manager }, capture] = await Promise.all([facade.open(), startCaptureServer()]);
});
afterAll(() => capture.close());

async function signedIn(manager: TokenManager, name: string): Promise<string> {
  const profile = await manager.addProfile({
    name,
    userPoolId: POOL,
    clientId: CLIENT,
    username: 'rita',
    authFlow: 'password',
    endpoint: double.endpoint,
  });
  const step = await manager.signIn(profile.id, PASSWORD);
  expect(step.type).toBe('signed-in');
  const tokens = await manager.freshTokens(profile.id);
  if (!tokens.refreshToken) throw new Error('no refresh token');
  return tokens.refreshToken;
}

/** Whether the double still takes the refresh token. */
async function stillWorks(refreshToken: string): Promise<boolean> {
  const reply = await callCognito(double.endpoint, 'InitiateAuth', {
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    ClientId: CLIENT,
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  });
  return reply.status === 200;
}

const revokes = () => double.requests.filter((r) => r.operation === 'RevokeToken').length;

describe('dropping a profile’s tokens revokes them at Cognito first', () => {
  it('on removal', async () => {
    const refreshToken = await signedIn(manager, 'gone');
    expect(await stillWorks(refreshToken)).toBe(true);
    const outcome = await manager.removeProfile('gone');
    expect(outcome.notRevoked).toBeUndefined();
    expect(await stillWorks(refreshToken)).toBe(false);
  });

  it('on an edit that moves the profile, at the old host and never the new one', async () => {
    const refreshToken = await signedIn(manager, 'moved');
    const before = revokes();
    const from = capture.requests.length;
    await manager.editProfile('moved', { endpoint: capture.url });
    expect(revokes()).toBe(before + 1);
    expect(await stillWorks(refreshToken)).toBe(false);
    expect(
      capture.requests
        .slice(from)
        .map((r) => r.body)
        .join('\n'),
    ).not.toContain(refreshToken);
  });

  it('says truly when Cognito could not be asked, and still removes the profile', async () => {
    const refreshToken = await signedIn(manager, 'offline');
    const handlers = bridgeHandlers(manager);
    double.faults.serverErrorFor = 'RevokeToken';
    let reply;
    try {
      const id = manager.resolveProfile('offline').id;
      reply = await dispatch('ctm:remove-profile', { id }, handlers, QUIET_LOG);
    } finally {
      delete double.faults.serverErrorFor;
    }
    expect(reply).toMatchObject({ ok: true, value: { name: 'offline' } });
    expect(JSON.stringify(reply)).toMatch(/could not be revoked.*valid until it expires/);
    expect(JSON.stringify(reply)).not.toContain(refreshToken);
    expect(manager.listProfiles().map((p) => p.name)).not.toContain('offline');
    expect(await stillWorks(refreshToken)).toBe(true);
  });

  it('an edit through the bridge says so too, and the profile still moves', async () => {
    const refreshToken = await signedIn(manager, 'edited offline');
    const id = manager.resolveProfile('edited offline').id;
    double.faults.serverErrorFor = 'RevokeToken';
    let reply;
    try {
      reply = await dispatch(
        'ctm:edit-profile',
        { id, changes: { endpoint: capture.url } },
        bridgeHandlers(manager),
        QUIET_LOG,
      );
    } finally {
      delete double.faults.serverErrorFor;
    }
    expect(reply).toMatchObject({ ok: true, value: { profile: { endpoint: capture.url } } });
    expect(JSON.stringify(reply)).toMatch(/could not be revoked.*valid until it expires/);
    expect(JSON.stringify(reply)).not.toContain(refreshToken);
  });
});

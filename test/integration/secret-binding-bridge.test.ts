// The window's two calls that used to move a client secret to a new host: `ctm:edit-profile`
// with another domain or endpoint, then `ctm:sign-in`. Through the real dispatcher and handlers
// over a real TokenManager (an in-memory keytar), the strict Cognito double as the old host and
// a capture server as the new one: nothing of the secret reaches the new host, the sign-in says
// why the secret is needed again, the list says the form must ask for it, and a new secret given
// with the edit is used.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeHandlers, QUIET_LOG } from '../support/bridge-handlers';
import { dispatch, type ContractHandlers } from '../../src/main/handlers/dispatch';
import { createFileLog } from '../../src/main/log/file-log';
import type { TokenManager } from '../../src/main/token-manager';
import { m2mPool } from '../support/cognito-double/test-pools';
import { secretUses, startCaptureServer, type CaptureServer } from '../support/capture-server';
import type { FakeKeytar } from '../support/fake-keytar';
import { filesUnder, findLeaks } from '../support/leak-check';
import { useFacade } from '../support/use-facade';

const M2M_POOL = 'eu-west-1_Bridge1';
const M2M = { clientId: 'bridge7m2m7client', clientSecret: 'bridge-m2m-secret-0123456789abcdef' };
const POOL = 'eu-west-1_Bridge2';
const CLIENT = {
  clientId: 'bridge7secret7client',
  clientSecret: 'bridge-pool-secret-abcdef012345',
};
const PASSWORD = 'Bridge-Pass1';
const SECRETS = [
  { label: 'm2m client secret', value: M2M.clientSecret },
  { label: 'pool client secret', value: CLIENT.clientSecret },
  { label: 'password', value: PASSWORD },
];

const facade = useFacade({
  pools: [
    m2mPool(M2M_POOL, M2M, ['orders/read']),
    { userPoolId: POOL, clients: [CLIENT], users: [{ username: 'ada', password: PASSWORD }] },
  ],
});
const double = facade.double;
let dir: string;
let capture: CaptureServer;
let keytar: FakeKeytar;
let manager: TokenManager;
let handlers: ContractHandlers;
const replies: string[] = [];

async function call(channel: string, payload: unknown) {
  const result = await dispatch(channel, payload, handlers, QUIET_LOG);
  replies.push(JSON.stringify(result));
  return result;
}

beforeAll(async () => {
  const machine = facade.machine();
  ({ dir, keytar } = machine);
  [manager, capture] = await Promise.all([
    machine.open({ log: createFileLog({ dataDir: dir }) }),
    startCaptureServer(),
  ]);
  handlers = bridgeHandlers(manager);
});
afterAll(async () => {
  // Nothing secret in the store, the log, a bridge reply or what reached the capture server.
  const captures = [
    ...(await filesUnder(dir)),
    { where: 'bridge replies', text: replies.join('\n') },
    { where: 'the capture server', text: capture.text() },
  ];
  expect(findLeaks(captures, SECRETS)).toEqual([]);
  await capture.close();
});

/** The profile's view in the list, as the form gets it. */
async function listed(id: string): Promise<Record<string, unknown>> {
  const list = await call('ctm:list-profiles', {});
  if (!list.ok) throw new Error('list failed');
  const { profiles } = list.value as { profiles: Record<string, unknown>[] };
  const found = profiles.find((p) => p.id === id);
  if (!found) throw new Error(`profile ${id} is not listed`);
  return found;
}

describe('ctm:edit-profile to another host, then ctm:sign-in', () => {
  it('an M2M profile sends no Basic auth to the new domain and asks for the secret again', async () => {
    const added = await call('ctm:add-profile', {
      profile: {
        name: 'bot',
        signIn: 'client-credentials',
        userPoolId: M2M_POOL,
        clientId: M2M.clientId,
        domain: double.endpoint,
        endpoint: double.endpoint,
      },
      clientSecret: M2M.clientSecret,
    });
    expect(added.ok).toBe(true);
    const id = (added as { value: { profile: { id: string } } }).value.profile.id;
    expect(await call('ctm:sign-in', { id })).toMatchObject({ ok: true });

    const edited = await call('ctm:edit-profile', { id, changes: { domain: capture.url } });
    expect(edited).toMatchObject({ ok: true });
    const from = capture.requests.length;
    const signIn = await call('ctm:sign-in', { id });
    expect(secretUses(capture.requests.slice(from))).toEqual([]);
    expect(signIn).toMatchObject({ ok: false, error: { code: 'client-secret-required' } });
    expect(JSON.stringify(signIn)).toMatch(/removed when its domain changed/);
    expect([...keytar.items.values()]).not.toContain(M2M.clientSecret);
    expect(await listed(id)).toMatchObject({
      hasClientSecret: true,
      clientSecretDropped: 'its domain changed',
    });

    // The secret given with an edit is the user's choice for the new host: it is used there.
    await call('ctm:edit-profile', {
      id,
      changes: {},
      clientSecret: 'chosen-for-the-capture-host',
    });
    expect((await listed(id)).clientSecretDropped).toBeUndefined();
    await call('ctm:sign-in', { id });
    expect(secretUses(capture.requests.slice(from)).length).toBeGreaterThan(0);
  });

  it('a password profile sends no SECRET_HASH to the new endpoint', async () => {
    const added = await call('ctm:add-profile', {
      profile: {
        name: 'ada',
        userPoolId: POOL,
        clientId: CLIENT.clientId,
        username: 'ada',
        authFlow: 'password',
        endpoint: double.endpoint,
      },
      clientSecret: CLIENT.clientSecret,
    });
    const id = (added as { value: { profile: { id: string } } }).value.profile.id;
    expect(await call('ctm:sign-in', { id, password: PASSWORD })).toMatchObject({
      ok: true,
      value: { type: 'signed-in' },
    });
    await call('ctm:edit-profile', { id, changes: { endpoint: capture.url } });
    const from = capture.requests.length;
    const signIn = await call('ctm:sign-in', { id, password: PASSWORD });
    expect(secretUses(capture.requests.slice(from))).toEqual([]);
    expect(signIn).toMatchObject({ ok: false, error: { code: 'client-secret-required' } });
    expect(readFileSync(join(dir, 'profiles.json'), 'utf8')).not.toContain(CLIENT.clientSecret);
  });
});

// One road for events: the contract served as both hosts serve it (serveContract) over a real
// TokenManager and the strict double. A host's one forwarder and the background's listeners by
// name hear the same events; a session change arrives as the row the list would re-read; a
// listener that breaks keeps nobody else from hearing.
import { describe, expect, it } from 'vitest';
import { MemoryClipboard } from '../../src/main/clipboard/memory-clipboard';
import { createSecretClipboard } from '../../src/main/clipboard/secret-clipboard';
import { dispatch } from '../../src/main/handlers/dispatch';
import { EventHub } from '../../src/main/handlers/event-hub';
import { serveContract } from '../../src/main/handlers/serve-contract';
import type { TokenManager } from '../../src/main/token-manager';
import type { EventName } from '../../src/shared/contract';
import type { SessionRow } from '../../src/shared/session';
import { QUIET_LOG } from '../support/bridge-handlers';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-west-1_EventHub1';
const CLIENT = 'hubclient1';
const PASSWORD = 'Hub-Pass-1!';
const rig = useFacade({
  pools: [
    {
      userPoolId: POOL,
      clients: [{ clientId: CLIENT }],
      users: [{ username: 'ada', password: PASSWORD }],
    },
  ],
});

/** The contract served over `manager`, with one forwarder that records every event. */
function serve(manager: TokenManager) {
  const heard: { event: EventName; payload: unknown }[] = [];
  const served = serveContract(
    Promise.resolve(manager),
    {
      clipboard: createSecretClipboard(new MemoryClipboard()),
      facts: { version: '0.1.0', platform: 'linux' },
      openSignInPage: () => Promise.resolve(),
      exportFolder: () => '/nonexistent',
    },
    QUIET_LOG,
  );
  served.events.forward((event, payload) => heard.push({ event, payload }));
  const call = (channel: string, payload: unknown) =>
    dispatch(channel, payload, served.handlers, QUIET_LOG);
  const rows = () =>
    heard.filter((e) => e.event === 'ctm:session-changed').map((e) => e.payload as SessionRow);
  return { served, heard, call, rows };
}

async function addProfile(manager: TokenManager) {
  return manager.addProfile({
    name: 'dev',
    userPoolId: POOL,
    clientId: CLIENT,
    endpoint: rig.double.endpoint,
    username: 'ada',
    authFlow: 'password',
  });
}

describe('the event hub, as both hosts serve it', () => {
  it("sends a sign-in's session changes as the rows the list answers with", async () => {
    const { manager } = await rig.open();
    const { call, rows, heard } = serve(manager);
    const profile = await addProfile(manager);
    // The facade's verdict on the keychain reaches a window that opened before it answered.
    await call('ctm:app-info', {});
    expect(heard[0]).toEqual({ event: 'ctm:keychain-changed', payload: { ok: true } });

    expect(await call('ctm:sign-in', { id: profile.id, password: PASSWORD })).toMatchObject({
      ok: true,
    });
    await expect.poll(() => rows().at(-1)?.status).toBe('signed-in');
    expect(rows().map((r) => r.status)).toEqual(['signing-in', 'signed-in']);
    const listed = await call('ctm:session-rows', {});
    expect(listed).toEqual({ ok: true, value: { rows: [rows().at(-1)] } });
  });

  it("falls back to the keychain's tokens when a change knows nothing, as the list does", async () => {
    const cli = await rig.open();
    const profile = await addProfile(cli.manager);
    await cli.manager.signIn(profile.id, PASSWORD);
    // The app, on the same folder and keychain, has not touched the session; a sign-in with a
    // wrong password puts it back where it was, which this process knows nothing of.
    const app = serve(await cli.open());
    const refused = await app.call('ctm:sign-in', { id: profile.id, password: 'Wrong-Pass-1!' });
    expect(refused).toMatchObject({ ok: false });
    await expect.poll(() => app.rows().length).toBe(2);
    expect(app.rows()[1]).toMatchObject({ profileId: profile.id, status: 'signed-in' });
    const listed = await app.call('ctm:session-rows', {});
    expect(listed).toEqual({ ok: true, value: { rows: [app.rows()[1]] } });
  });

  it('lets the background hear settings by name, beside the host that forwards them', async () => {
    const { manager } = await rig.open();
    const { served, call, heard } = serve(manager);
    const applied: unknown[] = [];
    served.events.on('ctm:settings-changed', (settings) => applied.push(settings.trayTitle));
    await call('ctm:change-settings', { trayTitle: false });
    expect(applied).toEqual([false]);
    expect(heard.map((e) => e.event)).toContain('ctm:settings-changed');
  });
});

describe('the hub itself', () => {
  it('keeps a broken listener from silencing the others, and stops each subscription', () => {
    const warnings: string[] = [];
    const hub = new EventHub({ warn: (message) => warnings.push(message) });
    const forwarded: string[] = [];
    const named: unknown[] = [];
    hub.on('ctm:profiles-changed', () => {
      throw new Error('tray broke');
    });
    const stopNamed = hub.on('ctm:navigate', (target) => named.push(target));
    const stopForward = hub.forward((event) => forwarded.push(event));

    hub.emit('ctm:profiles-changed', {});
    hub.emit('ctm:navigate', { to: 'settings' });
    expect(forwarded).toEqual(['ctm:profiles-changed', 'ctm:navigate']);
    expect(named).toEqual([{ to: 'settings' }]);
    expect(warnings).toEqual(['events: a listener of ctm:profiles-changed failed']);

    stopNamed();
    stopForward();
    stopForward();
    hub.emit('ctm:navigate', { to: 'list' });
    expect(named).toHaveLength(1);
    expect(forwarded).toHaveLength(2);
  });
});

// The tray's behaviour over a real TokenManager and the strict Cognito double: the model is
// rendered only when it changes (and once for a burst of changes), each click does what its
// label says, a copy says so in a notification, and a failure is a notification, not a copy.
import { copyDeps } from '../../src/main/clipboard/copy-deps';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { MemoryClipboard } from '../../src/main/clipboard/memory-clipboard';
import { createSecretClipboard } from '../../src/main/clipboard/secret-clipboard';
import { silentLog } from '../../src/main/log/file-log';
import { readRecent } from '../../src/main/tray/recent-profiles';
import { TrayController, type TrayHost } from '../../src/main/tray/tray-controller';
import type { TrayItem, TrayMenu } from '../../src/main/tray/tray-model';
import { DEFAULT_SETTINGS, type AppSettings } from '../../src/shared/settings';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-west-1_TrayCtl1';
const PASSWORD = 'Tray-Pass-1!';
const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      clients: [{ clientId: 'trayclient1' }],
      users: [{ username: 'ada', password: PASSWORD }],
    },
  ],
});
const double = facade.double;

/** A host that records what it was asked. */
function recordingHost() {
  const calls = {
    renders: [] as TrayMenu[],
    navigations: [] as unknown[],
    notes: [] as string[],
    changed: 0,
    quit: 0,
  };
  const host: TrayHost = {
    render: (menu) => calls.renders.push(menu),
    navigate: (target) => calls.navigations.push(target),
    notify: (title, body) => calls.notes.push(`${title}: ${body}`),
    profilesChanged: () => (calls.changed += 1),
    quit: () => (calls.quit += 1),
  };
  return { host, calls };
}

async function setUp(settings: Partial<AppSettings> = {}) {
  const { manager } = await facade.open();
  const add = (name: string) =>
    manager.addProfile({
      name,
      userPoolId: POOL,
      clientId: 'trayclient1',
      endpoint: double.endpoint,
      username: 'ada',
    });
  const dev = await add('dev');
  const qa = await add('qa');
  manager.setActive(dev.id);
  const port = new MemoryClipboard();
  const { host, calls } = recordingHost();
  const controller = new TrayController({
    manager,
    copies: copyDeps(
      manager,
      createSecretClipboard(port),
      () => ({ ...DEFAULT_SETTINGS, ...settings }).clipboardClearSeconds,
    ),
    settings: () => ({ ...DEFAULT_SETTINGS, ...settings }),
    host,
    platform: 'linux',
    log: silentLog(),
    debounceMs: 20,
  });
  return { manager, controller, port, calls, dev, qa };
}

function find(items: readonly TrayItem[], label: string): TrayItem | undefined {
  for (const item of items) {
    if ('label' in item && item.label === label) return item;
    if (item.type === 'submenu') {
      const inner = find(item.items, label);
      if (inner) return inner;
    }
  }
  return undefined;
}

describe('tray controller', () => {
  it('renders once for a burst of changes, and not again while nothing changed', async () => {
    const { controller, calls, manager } = await setUp();
    for (let i = 0; i < 5; i++) controller.changed();
    await sleep(80);
    expect(calls.renders).toHaveLength(1);
    await controller.rebuild();
    expect(calls.renders).toHaveLength(1);
    controller.stop();
    manager.stop();
  });

  it('sends a copy on a signed-out profile to its sign-in, then copies and notifies once signed in', async () => {
    const { controller, calls, manager, port, dev } = await setUp();
    const menu = await controller.rebuild();
    const copyItem = find(menu?.items ?? [], 'Copy ID token');
    expect(copyItem).toMatchObject({ action: { kind: 'sign-in', profileId: dev.id } });
    if (copyItem?.type === 'action') await controller.run(copyItem.action);
    expect(calls.navigations).toEqual([{ to: 'sign-in', profileId: dev.id }]);
    expect(port.text).toBeNull();

    await manager.signIn(dev.id, PASSWORD);
    const signedIn = await controller.rebuild();
    const item = find(signedIn?.items ?? [], 'Copy ID token');
    expect(item).toMatchObject({ action: { kind: 'copy', token: 'id', format: 'raw' } });
    if (item?.type === 'action') await controller.run(item.action);
    expect(port.text).toBe((await manager.freshTokens(dev.id)).idToken);
    expect(calls.notes).toEqual(['Copied: ID token for dev (eu-west-1) copied, clears in 30 s']);
    expect(readRecent(manager)[0]).toBe(dev.id);
    controller.stop();
    manager.stop();
  });

  it('copies without a notification when they are off, and a failure copies nothing', async () => {
    const { controller, calls, manager, port, dev, qa } = await setUp({
      notifyOnCopy: false,
      clipboardClearSeconds: null,
    });
    await manager.signIn(dev.id, PASSWORD);
    await controller.run({ kind: 'copy', profileId: dev.id, token: 'access', format: 'header' });
    expect(port.text).toBe(
      `Authorization: Bearer ${(await manager.freshTokens(dev.id)).accessToken}`,
    );
    expect(calls.notes).toEqual([]);
    // qa never signed in: the copy fails with the facade's sentence, the clipboard keeps dev's.
    const before = port.text;
    await controller.run({ kind: 'copy', profileId: qa.id, token: 'id', format: 'raw' });
    expect(port.text).toBe(before);
    expect(calls.notes).toHaveLength(1);
    expect(calls.notes[0]).toMatch(/^Cognito Token Manager: .*sign in/i);
    controller.stop();
    manager.stop();
  });

  it('switches the active profile, tells the windows, and moves it to the front of the recent list', async () => {
    const { controller, calls, manager, qa } = await setUp();
    await controller.run({ kind: 'switch', profileId: qa.id });
    expect(manager.getActive()?.id).toBe(qa.id);
    expect(calls.changed).toBe(1);
    expect(readRecent(manager)).toEqual([qa.id]);
    const menu = await controller.rebuild();
    expect(find(menu?.items ?? [], 'qa')).toMatchObject({ type: 'radio', checked: true });
    expect(menu?.tooltip).toBe('Cognito Token Manager: qa (eu-west-1), signed out');
    controller.stop();
    manager.stop();
  });

  it('opens the window where the item says, and quits', async () => {
    const { controller, calls, manager } = await setUp();
    await controller.run({ kind: 'open-list' });
    await controller.run({ kind: 'settings' });
    await controller.run({ kind: 'open' });
    await controller.run({ kind: 'quit' });
    expect(calls.navigations).toEqual([{ to: 'list' }, { to: 'settings' }, { to: 'home' }]);
    expect(calls.quit).toBe(1);
    controller.stop();
    manager.stop();
  });
});

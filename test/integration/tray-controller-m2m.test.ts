// The tray with an M2M profile over a real TokenManager and the strict Cognito double's token
// endpoint: Get a token fetches one, the copy item copies the access token (there is no ID
// token), and Forget the token drops it, after which a copy fetches a new one.
import { copyDeps } from '../../src/main/clipboard/copy-deps';
import { expect, it } from 'vitest';
import { decodeJwtPayload } from '../../src/main/cognito/jwt';
import { MemoryClipboard } from '../../src/main/clipboard/memory-clipboard';
import { createSecretClipboard } from '../../src/main/clipboard/secret-clipboard';
import { silentLog } from '../../src/main/log/file-log';
import { TrayController } from '../../src/main/tray/tray-controller';
import type { TrayItem } from '../../src/main/tray/tray-model';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { m2mPool } from '../support/cognito-double/test-pools';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-west-1_TrayM2m1';
const M2M = { clientId: 'traym2mclient1', clientSecret: 'tray-m2m-secret-0123456789abcdef' };
const facade = useFacade({ pools: [m2mPool(POOL, M2M, ['orders/read'])] });
const double = facade.double;

const action = (items: readonly TrayItem[], label: string) => {
  const item = items.find((i) => i.type === 'action' && i.label === label);
  if (item?.type !== 'action') throw new Error(`no "${label}" item`);
  return item.action;
};
const tokenRequests = () => double.requests.filter((r) => r.operation.includes('/oauth2/token'));

it('gets, copies and forgets an M2M access token from the tray', async () => {
  const { manager } = await facade.open();
  const bot = await manager.addProfile(
    {
      name: 'orders bot',
      signIn: 'client-credentials',
      userPoolId: POOL,
      clientId: M2M.clientId,
      domain: double.endpoint,
      endpoint: double.endpoint,
      scopes: ['orders/read'],
    },
    { clientSecret: M2M.clientSecret },
  );
  manager.setActive(bot.id);
  const port = new MemoryClipboard();
  const notes: string[] = [];
  const controller = new TrayController({
    manager,
    copies: copyDeps(
      manager,
      createSecretClipboard(port),
      () => DEFAULT_SETTINGS.clipboardClearSeconds,
    ),
    settings: () => ({ ...DEFAULT_SETTINGS, notifyOnCopy: false }),
    host: {
      render: () => undefined,
      navigate: () => undefined,
      notify: (title, body) => notes.push(`${title}: ${body}`),
      profilesChanged: () => undefined,
      quit: () => undefined,
    },
    platform: 'linux',
    log: silentLog(),
    debounceMs: 20,
  });

  const before = (await controller.rebuild())?.items ?? [];
  expect(JSON.stringify(before)).not.toContain('ID token');
  await controller.run(action(before, 'Get a token'));
  expect(notes).toEqual([]);
  expect(tokenRequests()).toHaveLength(1);

  const after = (await controller.rebuild())?.items ?? [];
  await controller.run(action(after, 'Copy access token'));
  const copied = port.text ?? '';
  expect(decodeJwtPayload(copied)).toMatchObject({ client_id: M2M.clientId, scope: 'orders/read' });
  expect(tokenRequests()).toHaveLength(1);

  await controller.run({ kind: 'sign-out', profileId: bot.id });
  expect((await manager.localSessionState(bot.id)).status).toBe('signed-out');
  // Signed out, the copy item still copies: it fetches a new access token first.
  await controller.run(action((await controller.rebuild())?.items ?? [], 'Copy access token'));
  expect(tokenRequests()).toHaveLength(2);
  expect(port.text).not.toBe(copied);
  controller.stop();
  manager.stop();
});

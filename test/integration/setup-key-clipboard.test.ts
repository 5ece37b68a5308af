// The authenticator set-up's "Copy key" goes through main's secret clipboard, as a token copy
// does: the TOTP seed is written with the markers that keep it out of clipboard history and
// sync, and cleared after the configured seconds if the clipboard still holds it. The real
// handlers over a TokenManager (in-memory keytar) and the strict Cognito double's MFA set-up.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ALL_SECRET_MARKERS } from '../../src/main/clipboard/secret-clipboard';
import { MemoryClipboard } from '../../src/main/clipboard/memory-clipboard';
import { bridgeHandlers, QUIET_LOG } from '../support/bridge-handlers';
import { dispatch, type ContractHandlers } from '../../src/main/handlers/dispatch';
import type { TokenManager } from '../../src/main/token-manager';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-west-1_Setup1';

const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      clients: [{ clientId: 'setup7client' }],
      users: [{ username: 'frank', password: 'Frank-Pass1', mfa: { setupRequired: true } }],
    },
  ],
});
const double = facade.double;
let manager: TokenManager;
let clipboard: MemoryClipboard;
let handlers: ContractHandlers;

beforeAll(async () => {
  ({ manager } = await facade.open());
  clipboard = new MemoryClipboard();
  handlers = bridgeHandlers(manager, clipboard);
});

describe('Copy key of the authenticator set-up', () => {
  it('copies the seed as a secret and clears it after the configured seconds', async () => {
    const profile = await manager.addProfile({
      name: 'frank',
      userPoolId: POOL,
      clientId: 'setup7client',
      username: 'frank',
      authFlow: 'password',
      endpoint: double.endpoint,
    });
    const step = await dispatch(
      'ctm:sign-in',
      { id: profile.id, password: 'Frank-Pass1' },
      handlers,
      QUIET_LOG,
    );
    expect(step).toMatchObject({ ok: true, value: { challenge: 'MFA_SETUP' } });
    const uri = (step as { value: { otpauthUri: string } }).value.otpauthUri;
    const seed = new URL(uri).searchParams.get('secret') ?? '';
    expect(seed).not.toBe('');

    vi.useFakeTimers();
    try {
      const copied = await dispatch('ctm:copy-setup-key', { id: profile.id }, handlers, QUIET_LOG);
      expect(copied).toMatchObject({ ok: true, value: { clearsInSeconds: 30 } });
      expect(JSON.stringify(copied)).not.toContain(seed);
      expect(clipboard.text).toBe(seed);
      expect(clipboard.markerLog.at(-1)).toEqual([...ALL_SECRET_MARKERS]);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(clipboard.text).toBeNull();
    } finally {
      vi.useRealTimers();
    }

    // Once the sign-in no longer waits on the set-up, there is no key to copy.
    await dispatch('ctm:cancel-sign-in', { id: profile.id }, handlers, QUIET_LOG);
    const after = await dispatch('ctm:copy-setup-key', { id: profile.id }, handlers, QUIET_LOG);
    expect(after).toMatchObject({ ok: false });
    expect(clipboard.text).toBeNull();
  });
});

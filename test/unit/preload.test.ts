// The preload against a stand-in for electron's renderer modules: what it exposes, and that
// unsubscribing removes the very listener it added (the Bitwarden bug, avoided).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_NAMES } from '../support/api-names';
import type { TokenManagerApi } from '../../src/shared/contract';

type Listener = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  const exposed = new Map<string, unknown>();
  return {
    listeners,
    exposed,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: vi.fn(),
      on: (channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      },
      removeListener: (channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
});
vi.mock('electron', () => electron);

let api: TokenManagerApi;
beforeAll(async () => {
  await import('../../src/preload/index');
  api = electron.exposed.get('tokenManager') as TokenManagerApi;
});

function emit(channel: string, payload: unknown) {
  for (const listener of electron.listeners.get(channel) ?? []) listener({ sender: 'x' }, payload);
}

describe('preload', () => {
  it('exposes only window.tokenManager, built from the contract', () => {
    expect([...electron.exposed.keys()]).toEqual(['tokenManager']);
    expect(Object.keys(api).sort()).toEqual(API_NAMES);
  });

  it('invokes the channel and returns the envelope main sent', async () => {
    const answer = { ok: true, value: { name: 'n', version: '1', platform: 'linux' } };
    electron.ipcRenderer.invoke.mockResolvedValueOnce(answer);
    await expect(api.appInfo()).resolves.toEqual(answer);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('ctm:app-info', {});
  });

  it('turns a rejected invoke or a malformed answer into a bridge failure', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(api.appInfo()).resolves.toMatchObject({ error: { code: 'bridge-failed' } });
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ stack: 'Error: at main.js:1' });
    await expect(api.appInfo()).resolves.toMatchObject({ error: { code: 'bridge-failed' } });
  });

  it('passes only the payload to listeners and removes the exact listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = api.onSessionChanged(first);
    api.onSessionChanged(second);
    emit('ctm:session-changed', {
      profileId: 'dev',
      status: 'signed-in',
      expiresAt: 1_900_000_000,
    });
    expect(first).toHaveBeenCalledWith({
      profileId: 'dev',
      status: 'signed-in',
      expiresAt: 1_900_000_000,
    });
    expect(first.mock.calls[0]).toHaveLength(1);

    stopFirst();
    stopFirst();
    expect(electron.listeners.get('ctm:session-changed')?.size).toBe(1);
    emit('ctm:session-changed', {
      profileId: 'dev',
      status: 'signed-out',
      reason: 'The session expired.',
    });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });
});

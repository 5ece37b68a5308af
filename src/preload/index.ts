// The preload: builds window.tokenManager from the contract and hands it to the page through
// contextBridge. The page never sees ipcRenderer, an IpcRendererEvent or any Node API.
// Runs sandboxed, so electron-vite bundles it (zod included) into one CommonJS file.
import '../shared/zod-jitless';
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  bridgeFailure,
  buildTokenManagerApi,
  ipcResultSchema,
  type BridgeTransport,
  type IpcResult,
} from '../shared/contract';
import { z } from 'zod';

// Main validates before answering; this only guards the shape of the envelope itself.
const envelope = ipcResultSchema(z.unknown());

const transport: BridgeTransport = {
  async invoke(channel, request): Promise<IpcResult<unknown>> {
    const answer: unknown = await ipcRenderer.invoke(channel, request);
    const parsed = envelope.safeParse(answer);
    return parsed.success ? parsed.data : bridgeFailure;
  },
  subscribe(event, listener) {
    // Keep this exact function: removeListener needs the one that was added.
    const forward = (_event: IpcRendererEvent, payload: unknown) => {
      listener(payload);
    };
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('tokenManager', buildTokenManagerApi(transport));

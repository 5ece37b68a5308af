// A ClipboardPort that is chosen after start-up (finding wl-clipboard's version takes a child
// process): calls made before it is known wait for it.
import type { ClipboardPort } from './types';

/** Forwards every call to the port `ready` resolves to. */
export function deferredClipboardPort(ready: Promise<ClipboardPort>): ClipboardPort {
  return {
    writeSecret: async (text, markers) => (await ready).writeSecret(text, markers),
    readText: async () => (await ready).readText(),
    clear: async () => (await ready).clear(),
  };
}

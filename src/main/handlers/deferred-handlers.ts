// The window may call before the TokenManager has opened (the keychain probe takes a moment):
// each call waits for the real handlers; if opening failed, it answers with that failure.
import { channelNames, type Channel } from '../../shared/contract';
import type { ContractHandlers } from './dispatch';

/** Handlers that wait for `ready` and then call the real one of the same channel. */
export function deferHandlers(ready: Promise<ContractHandlers>): ContractHandlers {
  // Each call answers with the failure; the promise itself must not count as unhandled (a
  // TokenManager that fails to open before the first call would otherwise crash main).
  ready.catch(() => undefined);
  const deferred: Partial<Record<Channel, (request: unknown) => Promise<unknown>>> = {};
  for (const channel of channelNames) {
    deferred[channel] = async (request) => {
      const handlers = await ready;
      return (handlers[channel] as (request: unknown) => unknown)(request);
    };
  }
  // The loop fills every channel of the contract.
  return deferred as unknown as ContractHandlers;
}

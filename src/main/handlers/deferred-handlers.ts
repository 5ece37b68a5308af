// The window may call before the TokenManager has opened (the keychain probe takes a moment):
// each call waits for the real handlers; if opening failed, it answers with that failure.
import { channelNames, type Channel } from '../../shared/contract';
import type { ContractHandlers } from './dispatch';

/**
 * Handlers that wait for `ready` and then call the real one of the same channel. Channels in
 * `early` answer at once until then (the window's banners say the keychain is being checked,
 * rather than the window waiting for the probe).
 */
export function deferHandlers(
  ready: Promise<ContractHandlers>,
  early: Partial<ContractHandlers> = {},
): ContractHandlers {
  // Each call answers with the failure; the promise itself must not count as unhandled (a
  // TokenManager that fails to open before the first call would otherwise crash main).
  let settled = false;
  ready.then(
    () => (settled = true),
    () => (settled = true),
  );
  const deferred: Partial<Record<Channel, (request: unknown) => Promise<unknown>>> = {};
  for (const channel of channelNames) {
    const before = early[channel] as ((request: unknown) => unknown) | undefined;
    deferred[channel] = async (request) => {
      if (before && !settled) return before(request);
      const handlers = await ready;
      return (handlers[channel] as (request: unknown) => unknown)(request);
    };
  }
  // The loop fills every channel of the contract.
  return deferred as unknown as ContractHandlers;
}

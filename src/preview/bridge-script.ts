// The browser's stand-in for the preload: plain JS the preview host serves at
// /__preview/bridge.js. It gets its method names from the contract (computed here, in Node),
// so it stays as generic as the preload: operations POST to /ipc/<channel>, events arrive over
// one EventSource. It mirrors contextBridge: a frozen, read-only window.tokenManager.
import {
  bridgeFailure,
  channelNames,
  eventNames,
  operationName,
  subscriptionName,
} from '../shared/contract';

/** Where the bridge script and the event stream live on the preview host. */
export const BRIDGE_PATH = '/__preview/bridge.js';
/** The server-sent-events stream of contract events. */
export const EVENTS_PATH = '/__preview/events';

/** Returns the bridge script's source. */
export function bridgeScript(): string {
  const operations = channelNames.map((channel) => [operationName(channel), channel]);
  const subscriptions = eventNames.map((event) => [subscriptionName(event), event]);
  return `'use strict';
(() => {
  const operations = ${JSON.stringify(operations)};
  const subscriptions = ${JSON.stringify(subscriptions)};
  const failure = ${JSON.stringify(bridgeFailure)};
  const listeners = new Map();
  let source = null;

  function openEvents() {
    if (source) return;
    source = new EventSource(${JSON.stringify(EVENTS_PATH)});
    source.onmessage = (message) => {
      const { event, payload } = JSON.parse(message.data);
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
    };
  }

  async function invoke(channel, request) {
    try {
      const response = await fetch('/ipc/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request ?? {}),
      });
      const envelope = await response.json();
      return envelope && typeof envelope.ok === 'boolean' ? envelope : failure;
    } catch {
      return failure;
    }
  }

  const api = {};
  for (const [name, channel] of operations) api[name] = (request) => invoke(channel, request);
  for (const [name, event] of subscriptions) {
    api[name] = (listener) => {
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
      // A fresh wrapper per subscription, so the same function can subscribe twice.
      const entry = (payload) => listener(payload);
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(entry);
      openEvents();
      return () => {
        listeners.get(event).delete(entry);
      };
    };
  }
  Object.defineProperty(window, 'tokenManager', { value: Object.freeze(api), enumerable: true });
})();
`;
}

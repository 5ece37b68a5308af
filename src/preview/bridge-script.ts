// The browser's stand-in for the preload: plain JS the preview host serves at
// /__preview/bridge.js. It gets its method names from the contract (computed here, in Node),
// so it stays as generic as the preload: operations POST to /ipc/<channel>, events arrive over
// one streamed response. It mirrors contextBridge: a frozen, read-only window.tokenManager.
// The run's token arrives once in the page's address; the script moves it to this origin's
// sessionStorage (no other port or host can read it, unlike a cookie, which browsers send to
// every port of 127.0.0.1), takes it out of the address bar, and sends it as a header.
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

/** Where the page keeps the run's token: this origin's sessionStorage, never a cookie. */
export const TOKEN_STORAGE_KEY = 'ctm-preview-token';

/** Returns the bridge script's source. */
export function bridgeScript(tokenHeader: string): string {
  const operations = channelNames.map((channel) => [operationName(channel), channel]);
  const subscriptions = eventNames.map((event) => [subscriptionName(event), event]);
  return `'use strict';
(() => {
  const operations = ${JSON.stringify(operations)};
  const subscriptions = ${JSON.stringify(subscriptions)};
  const failure = ${JSON.stringify(bridgeFailure)};
  const noToken = {
    ok: false,
    error: {
      code: 'forbidden-sender',
      message: "Open the address the preview printed; it carries this run's token.",
    },
  };
  const storageKey = ${JSON.stringify(TOKEN_STORAGE_KEY)};
  const tokenHeader = ${JSON.stringify(tokenHeader)};
  const listeners = new Map();
  let streaming = false;

  // The token leaves the address bar (history, bookmarks, screen shares) at once.
  const query = new URLSearchParams(location.search);
  const given = query.get('token');
  if (given) {
    sessionStorage.setItem(storageKey, given);
    query.delete('token');
    const rest = query.toString();
    history.replaceState(history.state, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
  }
  const token = sessionStorage.getItem(storageKey);

  function deliver(block) {
    for (const line of block.split('\\n')) {
      if (!line.startsWith('data: ')) continue;
      const { event, payload } = JSON.parse(line.slice(6));
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
    }
  }

  // Server-sent events over fetch, so the token travels in a header, never in a URL.
  async function openEvents() {
    if (streaming || !token) return;
    streaming = true;
    for (;;) {
      try {
        const response = await fetch(${JSON.stringify(EVENTS_PATH)}, {
          headers: { [tokenHeader]: token },
          cache: 'no-store',
        });
        if (!response.ok || !response.body) return;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end;
          while ((end = buffer.indexOf('\\n\\n')) >= 0) {
            deliver(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
        }
      } catch {
        // The host went away: try again in a moment, as EventSource would.
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  async function invoke(channel, request) {
    if (!token) return noToken;
    try {
      const response = await fetch('/ipc/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [tokenHeader]: token },
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
      void openEvents();
      return () => {
        listeners.get(event).delete(entry);
      };
    };
  }
  Object.defineProperty(window, 'tokenManager', { value: Object.freeze(api), enumerable: true });
})();
`;
}

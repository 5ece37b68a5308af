// How a host serves the contract, the same for the app and the preview host by construction: the
// handlers of every channel (early answers until the TokenManager opens, then the real ones), and
// the one event hub, subscribed to the sessions once the facade is there. The host only supplies
// what it alone knows (the clipboard, the browser, the export folder, its notices) and attaches
// one forwarder to the hub.
import type { TokenManager } from '../token-manager';
import { createContractHandlers } from './create-handlers';
import { deferHandlers } from './deferred-handlers';
import type { ContractHandlers } from './dispatch';
import { EventHub, type EventHubLog } from './event-hub';
import type { HandlerDeps } from './handler-deps';
import { keychainState } from './keychain-state';
import { forwardSessionRows } from './session-events';
import { startingHandlers } from './starting-handlers';

/** What only the host knows: every handler dependency but the facade and the events. */
export type HostDeps = Omit<HandlerDeps, 'manager' | 'emit'>;

/** The served contract: the handlers to register, the hub to forward and subscribe to. */
export interface ServedContract {
  handlers: ContractHandlers;
  events: EventHub;
  /** Stops hearing the sessions (the host is closing). */
  stop(): void;
}

/** Serves the contract over the facade `ready` will open; calls before then wait for it. */
export function serveContract(
  ready: Promise<TokenManager>,
  host: HostDeps,
  log: EventHubLog,
): ServedContract {
  const events = new EventHub(log);
  let stopSessions = (): void => undefined;
  const handlers = deferHandlers(
    ready.then((manager) => {
      stopSessions = forwardSessionRows(manager, (row) => {
        events.emit('ctm:session-changed', row);
      });
      // A window that opened while the keychain was checked learns its verdict now.
      events.emit('ctm:keychain-changed', keychainState(manager.keychainStatus()));
      return createContractHandlers({
        ...host,
        manager,
        emit: (event, payload) => {
          events.emit(event, payload);
        },
      });
    }),
    // Until the keychain answers, the window shows that it is being checked.
    startingHandlers(host.facts),
  );
  return {
    handlers,
    events,
    stop: () => {
      stopSessions();
    },
  };
}

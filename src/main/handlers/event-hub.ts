// The one road for everything main tells its windows: a typed emitter keyed by the contract's
// events map (same names, same payloads). Handlers emit into it; the sessions reach it once; each
// host attaches one forwarder (the app's windows, the preview's event stream); the tray and the
// background subscribe by name. Plain Node, so the app, the preview host and the tests share it.
import type { EventName, EventPayloadOf } from '../../shared/contract';

/** Hears one event's payload. */
export type EventListener<E extends EventName> = (payload: EventPayloadOf<E>) => void;

/** Hears every event, by name and payload: a host sending them on to its windows. */
export type EventForwarder = <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;

/** Where a listener's failure goes (it must not keep the others from hearing). */
export interface EventHubLog {
  warn(message: string, error?: unknown): void;
}

/**
 * The event hub. Not Node's EventEmitter: a listener that throws there stops the ones after it,
 * and here a broken tray must not keep a window from hearing (or the other way round).
 */
export class EventHub {
  readonly #listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  readonly #forwarders = new Set<EventForwarder>();
  readonly #log: EventHubLog;

  constructor(log: EventHubLog) {
    this.#log = log;
  }

  /** Tells every listener of `event`, then every forwarder. */
  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) {
      this.#safely(event, () => {
        listener(payload);
      });
    }
    for (const forwarder of [...this.#forwarders]) {
      this.#safely(event, () => {
        forwarder(event, payload);
      });
    }
  }

  /** Hears one event by name; returns the function that stops it (twice is harmless). */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void {
    const heard = (payload: unknown) => {
      listener(payload as EventPayloadOf<E>);
    };
    const set = this.#listeners.get(event) ?? new Set();
    set.add(heard);
    this.#listeners.set(event, set);
    return () => {
      set.delete(heard);
    };
  }

  /** Hears every event (a host's windows); returns the function that stops it. */
  forward(forwarder: EventForwarder): () => void {
    // Its own entry, so one function attached twice still stops with each stop.
    const entry: EventForwarder = (event, payload) => {
      forwarder(event, payload);
    };
    this.#forwarders.add(entry);
    return () => {
      this.#forwarders.delete(entry);
    };
  }

  #safely(event: EventName, call: () => void): void {
    try {
      call();
    } catch (error) {
      this.#log.warn(`events: a listener of ${event} failed`, error);
    }
  }
}

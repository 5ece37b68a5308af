// keytar calls one at a time per process. On a locked gnome-keyring, a second getPassword issued
// while the first is in flight never returns, and every libsecret call after it hangs as well
// (measured: first null in 9 ms, the rest still waiting after 4 s); one at a time, each answers
// in milliseconds. Calls take about 1-12 ms, so the queue costs little.
import type { KeytarApi } from './types';

const serialised = new WeakSet<KeytarApi>();
let tail: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work, work);
  tail = run.catch(() => undefined);
  return run;
}

/** The same keytar with every call queued behind the process's previous one. */
export function serialKeytar(keytar: KeytarApi): KeytarApi {
  if (serialised.has(keytar)) return keytar;
  const wrapped: KeytarApi = {
    getPassword: (service, account) => oneAtATime(() => keytar.getPassword(service, account)),
    setPassword: (service, account, password) =>
      oneAtATime(() => keytar.setPassword(service, account, password)),
    deletePassword: (service, account) => oneAtATime(() => keytar.deletePassword(service, account)),
  };
  serialised.add(wrapped);
  return wrapped;
}

// The strict Cognito double as a Vitest rig: started before the tests of the file (or of the
// describe block) that calls `useDouble`, closed after them, so a test file states only its pools.
import { afterAll, beforeAll } from 'vitest';
import { startCognitoDouble, type CognitoDouble, type DoublePool } from './cognito-double';

/**
 * Starts the double with `pools` in a beforeAll and closes it in an afterAll. The answer stands
 * for the running double (read it in tests and hooks, not at load): `double.endpoint`,
 * `double.requests` and the rest read through to it.
 */
export function useDouble(pools: DoublePool[] | (() => DoublePool[])): CognitoDouble {
  let running: CognitoDouble | undefined;
  beforeAll(async () => {
    running = await startCognitoDouble(typeof pools === 'function' ? pools() : pools);
  });
  afterAll(async () => {
    await running?.close();
    running = undefined;
  });
  return new Proxy({} as CognitoDouble, {
    get(_target, key) {
      if (!running) {
        throw new Error(
          `useDouble: the double runs from beforeAll to afterAll (read .${String(key)} in a test)`,
        );
      }
      const value: unknown = Reflect.get(running, key, running);
      return typeof value === 'function' ? (value as () => unknown).bind(running) : value;
    },
    set(_target, key, value) {
      if (!running) throw new Error(`useDouble: set .${String(key)} while the double runs`);
      return Reflect.set(running, key, value, running);
    },
  });
}

// The engine's loader: the engine module (and with it the AWS SDK) is loaded with import() only
// when a network call is due, so `cognito-tokens token` with a valid cached token never pays for
// it. The facade and the CLI's login take the loader; tests may hand them another.
import type { CognitoEngine, DeviceStore, PoolConnection } from './types';

/** The part of the engine module (engine-module.ts) the facade and the CLI's login use. */
export interface EngineModule {
  /** Validates a connection; throws AuthError('invalid-input'). */
  resolveConnection: (conn: PoolConnection) => unknown;
  createCognitoEngine: (conn: PoolConnection, options?: { devices?: DeviceStore }) => CognitoEngine;
}

/** Loads the engine module; called at most once per network-bound operation. */
export type LoadEngine = () => Promise<EngineModule>;

/** The real engine, loaded lazily: import() keeps the AWS SDK out of start-up. */
export const loadCognitoEngine: LoadEngine = () => import('./engine-module.js');

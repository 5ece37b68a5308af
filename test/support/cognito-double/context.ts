// What every operation handler works with.
import type { DeviceRegistry } from './devices';
import type { Directory } from './directory';
import type { TokenStore } from './grants';
import type { Body } from './params';
import type { SessionStore } from './sessions';

/** The state of one running double. */
export interface DoubleContext {
  directory: Directory;
  sessions: SessionStore;
  tokens: TokenStore;
  devices: DeviceRegistry;
}

/** An operation: parsed body in, response body out (or a thrown CognitoError). */
export type Operation = (context: DoubleContext, body: Body) => Record<string, unknown>;

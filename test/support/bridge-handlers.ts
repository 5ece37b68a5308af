// The real contract handlers over a TokenManager, as the app wires them, with an in-memory
// clipboard behind the secret clipboard and events dropped: for tests that call the bridge.
import { tmpdir } from 'node:os';
import { MemoryClipboard } from '../../src/main/clipboard/memory-clipboard';
import { createSecretClipboard } from '../../src/main/clipboard/secret-clipboard';
import { createContractHandlers } from '../../src/main/handlers/create-handlers';
import type { ContractHandlers } from '../../src/main/handlers/dispatch';
import type { TokenManager } from '../../src/main/token-manager';

/** Every channel's handler over `manager`; copies land in `clipboard`. */
export function bridgeHandlers(
  manager: TokenManager,
  clipboard: MemoryClipboard = new MemoryClipboard(),
): ContractHandlers {
  return createContractHandlers({
    manager,
    clipboard: createSecretClipboard(clipboard),
    facts: { version: '0.1.0', platform: 'linux' },
    emit: () => undefined,
    openSignInPage: () => Promise.resolve(),
    exportFolder: () => tmpdir(),
  });
}

/** A dispatch log that keeps quiet: refusals are what these tests provoke. */
export const QUIET_LOG = { warn: () => undefined, error: () => undefined };

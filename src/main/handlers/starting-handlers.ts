// What the window is told while the TokenManager is still opening (the keychain probe can take
// up to its timeout on a slow or stuck keychain): the app's name and version, and that the
// keychain is being checked. Everything else waits for the real handlers.
import type { ContractHandlers } from './dispatch';
import { createAppInfoHandler, type AppFacts } from './app-info';

/** The reason the keychain banner carries while the probe runs. */
export const KEYCHAIN_CHECKING = 'checking';

/** The early answers deferHandlers gives before the TokenManager opens. */
export function startingHandlers(facts: AppFacts): Partial<ContractHandlers> {
  return {
    'ctm:app-info': createAppInfoHandler(facts),
    'ctm:notices': () => ({
      keychain: {
        ok: false,
        reason: KEYCHAIN_CHECKING,
        message: 'Checking the keychain… Profiles appear as soon as it answers.',
      },
    }),
  };
}

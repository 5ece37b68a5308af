// Every contract channel over the TokenManager, in plain Node: Electron main and the preview
// host only build the deps and wire the result (registerIpc, or the host's HTTP routes).
import { copyDeps } from '../clipboard/copy-deps';
import { keychainState } from './keychain-state';
import type { ContractHandlers } from './dispatch';
import { createAppInfoHandler } from './app-info';
import { awsCredentialsHandlers } from './aws-credentials-handlers';
import { browserSignInHandlers } from './browser-sign-in-handlers';
import type { HandlerDeps } from './handler-deps';
import { profileHandlers } from './profile-handlers';
import { sessionHandlers } from './session-handlers';
import { loadAppSettings, saveAppSettings } from '../settings/app-settings';

export type { EmitEvent, HandlerDeps } from './handler-deps';

/** Builds the handler of every channel in the contract. */
export function createContractHandlers(deps: HandlerDeps): ContractHandlers {
  const { manager, emit } = deps;
  const copies = copyDeps(
    manager,
    deps.clipboard,
    () => loadAppSettings(manager).clipboardClearSeconds,
  );
  return {
    'ctm:app-info': createAppInfoHandler(deps.facts),
    ...profileHandlers(deps),
    ...sessionHandlers(deps, copies),
    ...browserSignInHandlers(deps),
    ...awsCredentialsHandlers(deps, copies),
    'ctm:get-settings': () => loadAppSettings(manager),
    'ctm:change-settings': (patch) => {
      const settings = saveAppSettings(manager, patch);
      emit('ctm:settings-changed', settings);
      return settings;
    },
    'ctm:notices': () => {
      const recovery = manager.takeRecoveryNotice();
      return {
        keychain: keychainState(manager.keychainStatus()),
        ...(recovery
          ? { recovery: { reason: recovery.reason.slice(0, 500), backupPath: recovery.backupPath } }
          : {}),
        ...deps.hostNotices?.(),
      };
    },
  };
}

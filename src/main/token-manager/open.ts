// Opening the facade over a profile store someone built (electron-store in the app, the CLI's
// reader in plain Node): the keychain behind the store's secret index, and the sessions.
import type { AppLog } from '../log/file-log';
import type { ProfileStore } from '../profiles/profile-store';
import { vaultServiceName } from '../secrets/naming';
import { openVault } from '../secrets/open-vault';
import { vaultIndexFromStore } from '../secrets/profile-store-index';
import type { KeytarApi } from '../secrets/types';
import { TokenManager } from './token-manager';
import type { LoadEngine } from '../cognito/load-engine';

/** How to open the vault and sessions over a store. */
export interface OpenWithStoreOptions {
  /** Keychain service name (default: vaultServiceName(false), the release name). */
  serviceName?: string;
  log: AppLog;
  loadEngine?: LoadEngine;
  /** Per-request timeout for Cognito calls. */
  timeoutMs?: number;
  /** Rotating refreshes under a per-profile lock file (default true; off only to measure it). */
  crossProcessRefreshLock?: boolean;
  /** Longest wait for one keychain call during the probe. */
  probeTimeoutMs?: number;
  /** For tests: a stand-in for keytar. */
  loadKeytar?: () => Promise<KeytarApi>;
}

/** Probes the keychain, opens the vault over the store's secret index, and builds the facade. */
export async function openTokenManagerWith(
  profiles: ProfileStore,
  options: OpenWithStoreOptions,
): Promise<TokenManager> {
  const { log } = options;
  const { vault, status } = await openVault({
    serviceName: options.serviceName ?? vaultServiceName(false),
    index: vaultIndexFromStore(profiles),
    log,
    ...(options.probeTimeoutMs === undefined ? {} : { probeTimeoutMs: options.probeTimeoutMs }),
    ...(options.loadKeytar === undefined ? {} : { loadKeytar: options.loadKeytar }),
  });
  const manager = new TokenManager({
    profiles,
    vault,
    vaultStatus: status,
    log,
    ...(options.loadEngine === undefined ? {} : { loadEngine: options.loadEngine }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.crossProcessRefreshLock === undefined
      ? {}
      : { crossProcessRefreshLock: options.crossProcessRefreshLock }),
  });
  // Items a locked keyring kept at a sign-out or removal, or of profiles a recovery dropped.
  await manager.sweepLeftovers();
  return manager;
}

import { KeytarVault } from './keytar-vault';
import { MemoryVault } from './memory-vault';
import { accountName } from './naming';
import { runProbe } from './probe';
import {
  isSecretKind,
  type KeytarApi,
  type SecretKind,
  type SecretVault,
  type VaultIndex,
  type VaultLogger,
  type VaultStatus,
} from './types';

/** What openVault needs; the last three are for tests. */
export interface OpenVaultOptions {
  /** From vaultServiceName(isDev). */
  serviceName: string;
  index: VaultIndex;
  log: VaultLogger;
  chunkBytes?: number;
  probeTimeoutMs?: number;
  loadKeytar?: () => Promise<KeytarApi>;
}

/** The vault to use this session and the probe's verdict, whose message the caller shows once. */
export interface OpenedVault {
  vault: SecretVault;
  status: VaultStatus;
}

/** Accounts of the items the index lists, newest last as stored; kinds we do not know skipped. */
async function listedAccounts(index: VaultIndex): Promise<string[]> {
  const entries = await index.list();
  return entries
    .filter((entry) => isSecretKind(entry.kind))
    .map((entry) => accountName(entry.profileId, entry.kind as SecretKind));
}

/**
 * Probes the keychain: a KeytarVault when it works, else a MemoryVault that forgets everything
 * when the process ends. There is no plaintext fallback.
 */
export async function openVault(options: OpenVaultOptions): Promise<OpenedVault> {
  const { serviceName, index, log } = options;
  const outcome = await runProbe({
    serviceName,
    log,
    listedAccounts: await listedAccounts(index),
    ...(options.loadKeytar ? { loadKeytar: options.loadKeytar } : {}),
    ...(options.probeTimeoutMs === undefined ? {} : { timeoutMs: options.probeTimeoutMs }),
  });
  if (outcome.ok) {
    const vault = new KeytarVault({
      keytar: outcome.keytar,
      serviceName,
      index,
      log,
      ...(options.chunkBytes === undefined ? {} : { chunkBytes: options.chunkBytes }),
    });
    return { vault, status: outcome.status };
  }
  log.warn(`Keeping secrets in memory for this session only (${outcome.status.reason}).`);
  return { vault: new MemoryVault(), status: outcome.status };
}

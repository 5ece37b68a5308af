// The keychain's verdict as the window receives it (the notices, and the change event), cut to
// the contract's ceiling.
import type { KeychainState } from '../../shared/contract-views';
import type { VaultStatus } from '../secrets/types';

/** The window's view of a vault status. */
export function keychainState(status: VaultStatus): KeychainState {
  return status.ok
    ? { ok: true }
    : { ok: false, reason: status.reason, message: status.message.slice(0, 500) };
}

// The facade's side of the doctor: the stored client secret (for SECRET_HASH, or the managed
// login's client authentication) and the cached tokens, read without refreshing anything.
import type { Profile } from '../../shared/profile';
import type { DoctorReport } from '../doctor/doctor-types';
import { runDoctor } from '../doctor/run-doctor';
import type { SecretVault, VaultStatus } from '../secrets/types';
import { TokenCache } from '../sessions/token-cache';
import { holdsDevice } from './devices';
import { oauthConfigOf } from './oauth-engine';
import { refuseUnsafeEndpoint } from './engine';

/** Checks one profile with what this process keeps for it. */
export async function checkProfileWith(
  deps: { vault: SecretVault; status: VaultStatus },
  profile: Profile,
  timeoutMs?: number,
): Promise<DoctorReport> {
  refuseUnsafeEndpoint(profile);
  const secret = profile.hasClientSecret
    ? await deps.vault.get(profile.id, 'client-secret').catch(() => null)
    : null;
  const tokens = await new TokenCache(deps.vault).load(profile.id).catch(() => null);
  // Without a domain there is no config; the doctor says so in its own words.
  const oauth =
    profile.signIn !== 'password' && profile.domain
      ? oauthConfigOf(profile, secret ?? undefined, timeoutMs)
      : undefined;
  const deviceHeld = await holdsDevice(deps.vault, profile.id);
  return runDoctor({
    profile,
    oauth,
    clientSecret: secret ?? undefined,
    clientSecretUnreadable: profile.hasClientSecret && secret === null,
    tokens,
    keychain: deps.status,
    deviceHeld,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
}

// How far this computer's clock is from Cognito's, per profile, taken from each new token's `iat`
// against local time when it arrives (as Amplify's clockDrift does). Every freshness decision adds
// it to the local clock, so a clock minutes off neither hands out expired tokens nor refreshes
// fresh ones. `iat` has whole seconds and the answer took a moment: drift under that is noise.

/** Drift below this is rounding and network time, not a wrong clock. */
export const DRIFT_NOISE_MS = 2_000;

/** Where each profile's drift is kept (the store's settings: not a secret, shared by processes). */
export interface ClockDrifts {
  /** Milliseconds to add to the local clock to get Cognito's (0 when never measured). */
  get(profileId: string): number;
  set(profileId: string, driftMs: number): void;
}

/** The drift shown by the tokens that just arrived, or undefined without an `iat`. */
export function measureDrift(issuedAt: number | undefined, localNow: number): number | undefined {
  if (issuedAt === undefined) return undefined;
  const drift = issuedAt - localNow;
  return Math.abs(drift) < DRIFT_NOISE_MS ? 0 : drift;
}

/** The settings key of a profile's drift; the CLI's fast path reads it without the store. */
export function driftKey(profileId: string): string {
  return `clockDriftMs:${profileId}`;
}

/** Drift as short text, e.g. "10m 0s behind" or "45s ahead" (of Cognito's clock). */
export function describeDrift(driftMs: number): string {
  const total = Math.round(Math.abs(driftMs) / 1000);
  const minutes = Math.floor(total / 60);
  const amount = minutes > 0 ? `${minutes}m ${total % 60}s` : `${total}s`;
  return `${amount} ${driftMs > 0 ? 'behind' : 'ahead of'}`;
}

// How far this computer's clock is from Cognito's, per profile, taken from each new token's `iat`
// against local time when it arrives (as Amplify's clockDrift does). Every freshness decision adds
// it to the local clock, so a clock minutes off neither hands out expired tokens nor refreshes
// fresh ones. `iat` has whole seconds and the answer took a moment: drift under that is noise.
// The drift is kept across processes, so it is anchored: the wall clock and the boot clock (time
// since boot, which NTP and manual steps leave alone) are kept with it. When the wall clock has
// since moved differently from the boot clock, it was stepped and the drift is stale: the more
// cautious of the kept drift and the one the boot clock implies is used until tokens arrive again.
import { uptime } from 'node:os';

/** Drift below this is rounding and network time, not a wrong clock. */
export const DRIFT_NOISE_MS = 2_000;

/** Where each profile's drift is kept (the store's settings: not a secret, shared by processes). */
export interface ClockDrifts {
  /** Milliseconds to add to the local clock to get Cognito's now (0 when never measured). */
  get(profileId: string): number;
  /** Keeps a drift just measured, anchored to the wall and boot clocks of this moment. */
  set(profileId: string, driftMs: number): void;
  /** True when nothing anchored is kept, or the wall clock was stepped since: measure again. */
  stale?(profileId: string): boolean;
}

/** A measured drift and both clocks at the moment it was measured. */
export interface DriftRecord {
  driftMs: number;
  /** Date.now() when measured. */
  wallAt: number;
  /** bootClockMs() when measured. */
  bootAt: number;
}

/** Milliseconds since this computer booted, sleep included: stepping the wall clock moves it not. */
export function bootClockMs(): number {
  return uptime() * 1000;
}

/** The settings key of a profile's anchored drift; the CLI's fast path reads it without the store. */
export function driftRecordKey(profileId: string): string {
  return `clockDrift:${profileId}`;
}

/** A drift record read from the settings, or undefined. */
export function parseDriftRecord(value: unknown): DriftRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { driftMs, wallAt, bootAt } = value as Record<string, unknown>;
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  return finite(driftMs) && finite(wallAt) && finite(bootAt)
    ? { driftMs, wallAt, bootAt }
    : undefined;
}

/** The drift to use now, and whether it is stale (measure again at the next request). */
export interface DriftNow {
  driftMs: number;
  stale: boolean;
}

/**
 * The drift to use at `wallNow`/`bootNow`, from what the settings keep for the profile. While
 * both clocks ran alike since the measurement, the kept drift; after a step of the wall clock
 * (or a reboot, or a drift an older version kept unanchored), the more cautious (later Cognito
 * time, so tokens look older) of the kept drift and the one the boot clock implies.
 */
export function driftNow(
  settings: Readonly<Record<string, unknown>>,
  profileId: string,
  wallNow: number,
  bootNow: number,
): DriftNow {
  const record = parseDriftRecord(settings[driftRecordKey(profileId)]);
  if (!record) {
    const legacy = settings[driftKey(profileId)];
    const kept = typeof legacy === 'number' && Number.isFinite(legacy) ? legacy : 0;
    return { driftMs: Math.max(kept, 0), stale: true };
  }
  const wallElapsed = wallNow - record.wallAt;
  const bootElapsed = bootNow - record.bootAt;
  if (bootElapsed < 0) return { driftMs: Math.max(record.driftMs, 0), stale: true };
  // NTP may slew the wall clock by up to 0.05%; anything beyond that and noise is a step.
  const tolerance = Math.max(DRIFT_NOISE_MS, Math.abs(bootElapsed) / 1000);
  const step = wallElapsed - bootElapsed;
  if (Math.abs(step) <= tolerance) return { driftMs: record.driftMs, stale: false };
  return { driftMs: Math.max(record.driftMs, record.driftMs - step), stale: true };
}

/** The drift shown by the tokens that just arrived, or undefined without an `iat`. */
export function measureDrift(issuedAt: number | undefined, localNow: number): number | undefined {
  if (issuedAt === undefined) return undefined;
  const drift = issuedAt - localNow;
  return Math.abs(drift) < DRIFT_NOISE_MS ? 0 : drift;
}

/** The settings key older versions kept a profile's drift under (unanchored: treated as stale). */
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

/** A moment as this computer's local time of day, "14:05:09": until when a token lasts. */
export function clockTime(localMs: number): string {
  return new Date(localMs).toTimeString().slice(0, 8);
}

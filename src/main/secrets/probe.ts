// The start-up probe: reads never fail loudly (a locked keyring reads as null), so the only way
// to tell a working keychain from a broken one is to set, read back and delete a canary item.
import { randomUUID } from 'node:crypto';
import { classifyKeychainError, errorText, probeFailureMessage } from './keychain-errors';
import { loadKeytar } from './keytar-loader';
import type { KeytarApi, VaultFailureReason, VaultLogger, VaultStatus } from './types';

/** Default wait for each keychain call; a desktop may be showing an unlock prompt meanwhile. */
export const DEFAULT_PROBE_TIMEOUT_MS = 30_000;

/** What the probe needs; `loadKeytar` and `timeoutMs` are there for tests. */
export interface ProbeOptions {
  serviceName: string;
  log: VaultLogger;
  loadKeytar?: () => Promise<KeytarApi>;
  /** Longest wait for any one keychain call before the keychain counts as broken. */
  timeoutMs?: number;
}

/** The probe's verdict together with the keytar it loaded, so openVault need not load it twice. */
export type ProbeOutcome =
  | { ok: true; status: { ok: true }; keytar: KeytarApi }
  | { ok: false; status: Extract<VaultStatus, { ok: false }> };

class ProbeFailure extends Error {
  constructor(
    readonly reason: VaultFailureReason,
    readonly raw: string,
  ) {
    super(raw);
  }
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, step: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new ProbeFailure('broken', `the keychain did not answer ${step} in ${timeoutMs} ms`));
    }, timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

async function step<T>(work: () => Promise<T>, timeoutMs: number, name: string): Promise<T> {
  try {
    return await withTimeout(work(), timeoutMs, name);
  } catch (error) {
    if (error instanceof ProbeFailure) throw error;
    throw new ProbeFailure(classifyKeychainError(error), `${name}: ${errorText(error)}`);
  }
}

async function checkCanary(keytar: KeytarApi, serviceName: string, timeoutMs: number) {
  // A fresh name per run, so an app and a CLI probing at once cannot disturb each other.
  const account = `__probe__:${randomUUID()}`;
  const canary = randomUUID();
  await step(() => keytar.setPassword(serviceName, account, canary), timeoutMs, 'set');
  try {
    const readBack = await step(() => keytar.getPassword(serviceName, account), timeoutMs, 'get');
    if (readBack === null) throw new ProbeFailure('locked', 'get: the canary read back as null');
    if (readBack !== canary) throw new ProbeFailure('broken', 'get: the canary read back changed');
    const deleted = await step(
      () => keytar.deletePassword(serviceName, account),
      timeoutMs,
      'delete',
    );
    if (!deleted) throw new ProbeFailure('broken', 'delete: the canary was not found to delete');
  } catch (error) {
    await keytar.deletePassword(serviceName, account).catch(() => false);
    throw error;
  }
}

/** Runs the probe and keeps the loaded keytar when it passes. */
export async function runProbe(options: ProbeOptions): Promise<ProbeOutcome> {
  const { serviceName, log } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  let keytar: KeytarApi;
  try {
    keytar = await (options.loadKeytar ?? loadKeytar)();
  } catch (error) {
    return fail(log, new ProbeFailure('keytar-missing', `load: ${errorText(error)}`));
  }
  try {
    await checkCanary(keytar, serviceName, timeoutMs);
  } catch (error) {
    const failure =
      error instanceof ProbeFailure ? error : new ProbeFailure('broken', errorText(error));
    return fail(log, failure);
  }
  log.info(`Keychain probe passed for service ${serviceName}.`);
  return { ok: true, status: { ok: true }, keytar };
}

function fail(log: VaultLogger, failure: ProbeFailure): ProbeOutcome {
  // keytar's raw text names buses and paths, never a value: it goes to the log, not the user.
  log.warn(`Keychain probe failed (${failure.reason}): ${failure.raw}`);
  const message = probeFailureMessage(failure.reason);
  return { ok: false, status: { ok: false, reason: failure.reason, message } };
}

/** Sets, reads back and deletes a canary item: { ok: true } or why the keychain cannot be used. */
export async function probeKeychain(options: ProbeOptions): Promise<VaultStatus> {
  return (await runProbe(options)).status;
}

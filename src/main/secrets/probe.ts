// The start-up probe. A read that returns one of our items proves the keychain works and is
// unlocked, and writes nothing. Reads never fail loudly otherwise (a locked keyring reads as
// null, as an absent item does), so only when no listed item reads back does the probe set, read
// back and delete a canary. Writing on every run would cost a keychain prompt per command on
// some desktops.
import { classifyKeychainError, errorText, probeFailureMessage } from './keychain-errors';
import { loadKeytar } from './keytar-loader';
import type { KeytarApi, VaultFailureReason, VaultLogger, VaultStatus } from './types';

/** Default wait for each keychain call; a desktop may be showing an unlock prompt meanwhile. */
export const DEFAULT_PROBE_TIMEOUT_MS = 30_000;

/** What the probe needs; `loadKeytar` and `timeoutMs` are there for tests. */
export interface ProbeOptions {
  serviceName: string;
  log: VaultLogger;
  /** Accounts of items the index lists, read before any canary is written (the first few). */
  listedAccounts?: readonly string[];
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
  // A fresh name per run, so an app and a CLI probing at once cannot disturb each other. Loaded
  // here: node:crypto costs a tenth of Node's start-up, and a cached `token` never probes.
  const { randomUUID } = process.getBuiltinModule('node:crypto');
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

/** Most listed items read before falling back to the canary (each read is a D-Bus round trip). */
const MAX_LISTED_READS = 2;

/** True when one of the listed items reads back a value: the keychain works and is unlocked. */
async function readsAListedItem(
  keytar: KeytarApi,
  options: ProbeOptions,
  timeoutMs: number,
): Promise<boolean> {
  for (const account of (options.listedAccounts ?? []).slice(0, MAX_LISTED_READS)) {
    const value = await step(
      () => keytar.getPassword(options.serviceName, account),
      timeoutMs,
      'get',
    );
    if (value !== null) return true;
  }
  return false;
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
    if (await readsAListedItem(keytar, options, timeoutMs)) {
      log.info(`Keychain probe passed for service ${serviceName} by reading an item it holds.`);
      return { ok: true, status: { ok: true }, keytar };
    }
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

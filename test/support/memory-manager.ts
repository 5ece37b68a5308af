// A TokenManager in a fresh temporary folder with an in-memory keychain, for tests that drive
// the facade against an in-process double; `close` stops it and removes the folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLog } from '../../src/main/log/file-log';
import { openTokenManager, type TokenManager } from '../../src/main/token-manager';
import type { DoctorReport } from '../../src/main/doctor/doctor-types';
import { startCognitoDouble, type CognitoDouble } from './cognito-double';
import type { DoublePool } from './cognito-double/types';
import { FakeKeytar } from './fake-keytar';

/** The manager and how to be rid of it. */
export interface MemoryManager {
  manager: TokenManager;
  close: () => void;
}

/** Opens a manager whose folder name starts with `prefix`. */
export async function openMemoryManager(prefix: string): Promise<MemoryManager> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const manager = await openTokenManager({
    dir,
    log: silentLog(),
    loadKeytar: () => Promise.resolve(new FakeKeytar()),
  });
  return {
    manager,
    close: () => {
      manager.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Adds a profile (with its client secret, if any) and runs the doctor on it. */
export async function addAndCheck(
  manager: TokenManager,
  fields: Parameters<TokenManager['addProfile']>[0],
  secret?: string,
): Promise<DoctorReport> {
  const profile = await manager.addProfile(fields, secret ? { clientSecret: secret } : {});
  return manager.checkProfile(profile.id, 10_000);
}

/** A report as id → [status, sentence] (and the fix, when there is one), for expectations. */
export function checksById(report: DoctorReport): Record<string, string[]> {
  return Object.fromEntries(
    report.checks.map((c) => [
      c.id,
      c.fix ? [c.status, c.sentence, c.fix] : [c.status, c.sentence],
    ]),
  );
}

/** The strict Cognito double and a manager beside it; `close` ends both. */
export interface DoubleRig {
  double: CognitoDouble;
  manager: TokenManager;
  close: () => Promise<void>;
}

/** Starts the double with these pools, then a manager in a folder named `prefix…`. */
export async function startDoubleRig(pools: DoublePool[], prefix: string): Promise<DoubleRig> {
  const double = await startCognitoDouble(pools);
  const { manager, close } = await openMemoryManager(prefix);
  return {
    double,
    manager,
    close: async () => {
      close();
      await double.close();
    },
  };
}

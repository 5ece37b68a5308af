// The doctor's report as tests read it: add a profile and check it, then compare the checks by id.
import type { DoctorReport } from '../../src/main/doctor/doctor-types';
import type { TokenManager } from '../../src/main/token-manager';

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

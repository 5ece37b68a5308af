// Which field of the profile form a doctor check is about, so its "Fix" opens the form there;
// and the order a report is read in: what is wrong first.
import type { DoctorReportView } from '../../shared/contract-views';

type Check = DoctorReportView['checks'][number];

const FIELDS: Record<string, string> = {
  endpoint: 'endpoint',
  pool: 'userPoolId',
  client: 'clientId',
  'client-secret': 'clientSecret',
  'client-credentials': 'clientSecret',
  domain: 'domain',
  'redirect-uri': 'redirectUri',
};

/** The form field a check's fix is made in, or null when the fix is not in the profile. */
export function fieldOfCheck(checkId: string): string | null {
  if (checkId.startsWith('flow-')) return 'authFlow';
  return Object.hasOwn(FIELDS, checkId) ? (FIELDS[checkId] ?? null) : null;
}

const RANK: Record<Check['status'], number> = { fail: 0, info: 1, skip: 2, pass: 3 };

/** The checks split for reading: failures, then notes and skipped ones, and the passes apart. */
export function orderChecks(checks: readonly Check[]): { shown: Check[]; passed: Check[] } {
  const sorted = [...checks].sort((a, b) => RANK[a.status] - RANK[b.status]);
  return {
    shown: sorted.filter((c) => c.status !== 'pass'),
    passed: sorted.filter((c) => c.status === 'pass'),
  };
}

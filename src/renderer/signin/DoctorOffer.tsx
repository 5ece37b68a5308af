// After a sign-in fails for a reason that lies in the pool or the app client (not the user's
// password), the doctor is offered right there: its checks say what to change, and each "Fix"
// opens the profile form at that field.
import type { IpcError } from '../../shared/contract';
import { ProfileChecks } from '../profiles/ProfileChecks';

// Codes whose cause is the profile's pool, app client or endpoint, which the doctor checks.
const DOCTOR_CODES = new Set<string>([
  'secret-hash',
  'client-secret-required',
  'flow-not-enabled',
  'resource-not-found',
  'network',
  'timeout',
]);

/** True when the doctor can tell more about this failure. */
export function offersDoctor(error: IpcError | null): boolean {
  return error !== null && DOCTOR_CODES.has(error.code);
}

/** The doctor under a failed sign-in, or nothing when the failure is not about the profile. */
export function DoctorOffer(props: {
  profileId: string;
  error: IpcError | null;
  onFix: (field: string) => void;
}) {
  if (!offersDoctor(props.error)) return null;
  return <ProfileChecks profileId={props.profileId} onFix={props.onFix} />;
}

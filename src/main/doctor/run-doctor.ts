// The doctor: probes a profile's endpoint, pool and app client with harmless calls (no password
// needed: failed sign-ins of a made-up user, or the managed login's own answers), and reads the
// signed-in session and the keychain. Every check is one sentence; a failed one says what to change.
import { managedLoginChecks, passwordChecks } from './kind-checks';
import type { DoctorCheck, DoctorInput, DoctorReport } from './doctor-types';
import { probeOpenId } from './openid-probe';
import { endpointCheck, poolCheck } from './pool-checks';
import { sessionChecks } from './session-checks';

/** Runs every check of one profile. */
export async function runDoctor(input: DoctorInput): Promise<DoctorReport> {
  const { profile } = input;
  const timeoutMs = input.timeoutMs ?? 10_000;
  const [openId, kind] = await Promise.all([
    probeOpenId(profile, timeoutMs),
    profile.signIn === 'password'
      ? passwordChecks(input, timeoutMs)
      : managedLoginChecks(input, timeoutMs),
  ]);
  const reachable = endpointCheck(openId, kind.endpointDown, profile);
  const checks: DoctorCheck[] = [reachable, poolCheck(openId, profile)];
  if (reachable.status !== 'fail' || !kind.viaEndpoint) checks.push(...kind.checks);
  checks.push(...sessionChecks(input, openId, (input.now ?? Date.now)()));
  // Only what a sign-in needs decides `ok`: a locked keychain or stale tokens are reported, yet
  // a sign-in still works (in memory, or by signing in again). An M2M token comes from the
  // domain alone; the others need the Cognito endpoint and the pool's keys too.
  const shared = profile.signIn === 'client-credentials' ? [] : ['endpoint', 'pool'];
  const needed = new Set([...shared, ...kind.needed]);
  const ok = checks.every((c) => c.status !== 'fail' || !needed.has(c.id));
  return { profile: profile.name, checks, ok };
}

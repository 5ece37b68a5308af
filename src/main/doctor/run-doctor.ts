// The doctor: probes a profile's endpoint, pool and app client with harmless calls (failed
// sign-ins of a made-up user; no password needed), and reads the signed-in session and the
// keychain. Every check is one sentence, and a failed one says what to change.
import type { Profile } from '../../shared/profile';
import { PROBED_FLOWS, probeFlow, type FlowVerdict, type ProbedFlow } from '../cognito/flow-probe';
import { clientChecks, flowChecks } from './client-checks';
import type { DoctorCheck, DoctorInput, DoctorReport } from './doctor-types';
import { probeOpenId, type OpenIdOutcome } from './openid-probe';
import { sessionChecks } from './session-checks';

function endpointCheck(
  openId: OpenIdOutcome,
  verdicts: readonly FlowVerdict[],
  profile: Profile,
): DoctorCheck {
  const where = profile.endpoint ?? `Cognito in ${profile.region}`;
  const down = verdicts.find((v) => v.kind === 'unreachable');
  if (openId.kind === 'unreachable' && down) {
    return {
      id: 'endpoint',
      title: 'Endpoint answers',
      status: 'fail',
      sentence: `${where} did not answer (${openId.detail}).`,
      fix: profile.endpoint
        ? "Start the emulator or proxy, or correct the profile's endpoint."
        : 'Check the network, DNS and any firewall or proxy between this computer and AWS.',
    };
  }
  const proxy = process.env.HTTPS_PROXY ?? process.env.https_proxy;
  const note = proxy ? ' HTTPS_PROXY is set, but the app connects to Cognito directly.' : '';
  return {
    id: 'endpoint',
    title: 'Endpoint answers',
    status: 'pass',
    sentence: `${where} answers.${note}`,
  };
}

function poolCheck(openId: OpenIdOutcome, profile: Profile): DoctorCheck {
  const base = { id: 'pool', title: 'User pool exists' };
  if (openId.kind === 'ok') {
    return {
      ...base,
      status: 'pass',
      sentence: `The pool's OpenID configuration and its ${openId.keys} signing keys answer.`,
    };
  }
  if (openId.kind === 'unreachable') {
    return { ...base, status: 'skip', sentence: 'Not known: the endpoint did not answer.' };
  }
  if (profile.endpoint) {
    return {
      ...base,
      status: 'skip',
      sentence:
        "The emulator does not serve the pool's OpenID configuration, so this check does not apply.",
    };
  }
  return {
    ...base,
    status: 'fail',
    sentence: `Cognito has no user pool ${profile.userPoolId} in ${profile.region} (HTTP ${openId.status}).`,
    fix: 'Check the user pool id: its prefix is the region the pool lives in.',
  };
}

/** Runs every check of one profile. */
export async function runDoctor(input: DoctorInput): Promise<DoctorReport> {
  const { profile } = input;
  const timeoutMs = input.timeoutMs ?? 10_000;
  const connection = {
    userPoolId: profile.userPoolId,
    clientId: profile.clientId,
    region: profile.region,
    timeoutMs,
    ...(profile.endpoint ? { endpoint: profile.endpoint } : {}),
    ...(input.clientSecret ? { clientSecret: input.clientSecret } : {}),
  };
  const [openId, ...results] = await Promise.all([
    probeOpenId(profile, timeoutMs),
    ...PROBED_FLOWS.map((flow) => probeFlow(connection, flow)),
  ]);
  const verdicts = new Map<ProbedFlow, FlowVerdict>(
    PROBED_FLOWS.map((flow, i) => [flow, results[i] as FlowVerdict]),
  );
  const profileFlow: ProbedFlow =
    profile.authFlow === 'srp' ? 'USER_SRP_AUTH' : 'USER_PASSWORD_AUTH';
  const reachable = endpointCheck(openId, [...verdicts.values()], profile);
  const checks: DoctorCheck[] = [reachable, poolCheck(openId, profile)];
  if (reachable.status !== 'fail') {
    const stored = input.clientSecret
      ? 'stored'
      : input.clientSecretUnreadable
        ? 'unreadable'
        : 'none';
    checks.push(...clientChecks([...verdicts.values()], stored));
    checks.push(...flowChecks(verdicts, profileFlow));
  }
  checks.push(...sessionChecks(input, openId, (input.now ?? Date.now)()));
  // Only what a sign-in needs decides `ok`: a locked keychain or stale tokens are reported, yet
  // a sign-in still works (in memory, or by signing in again).
  const needed = new Set([
    'endpoint',
    'pool',
    'client',
    'client-secret',
    `flow-${profileFlow.toLowerCase()}`,
  ]);
  const ok = checks.every((c) => c.status !== 'fail' || !needed.has(c.id));
  return { profile: profile.name, checks, ok };
}

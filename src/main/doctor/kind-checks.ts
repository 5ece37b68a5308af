// The checks that depend on how a profile signs in: a password profile's app client is probed
// with failed sign-ins of a made-up user; a browser profile's with one authorize GET at the
// managed login; an M2M profile's with one client_credentials request.
import { PROBED_FLOWS, probeFlow, type FlowVerdict, type ProbedFlow } from '../cognito/flow-probe';
import { probeAuthorize } from './authorize-probe';
import { clientChecks, flowChecks } from './client-checks';
import { clientCredentialsCheck } from './client-credentials-check';
import { probeClientCredentials } from './client-credentials-probe';
import type { DoctorCheck, DoctorInput } from './doctor-types';
import { domainCheck, redirectUriCheck } from './managed-login-checks';

/** What one kind adds to the report. */
export interface KindChecks {
  checks: DoctorCheck[];
  /** The ids of the checks whose failure stops a sign-in (with the shared ones). */
  needed: string[];
  /** The kind's calls to the Cognito endpoint all failed (none were made: true). */
  endpointDown: boolean;
  /** The checks read answers of the Cognito endpoint: shown only when it answers. */
  viaEndpoint: boolean;
}

/** The password profile's probes: one failed sign-in of a made-up user per flow. */
export async function passwordChecks(input: DoctorInput, timeoutMs: number): Promise<KindChecks> {
  const { profile } = input;
  const connection = {
    userPoolId: profile.userPoolId,
    clientId: profile.clientId,
    region: profile.region,
    timeoutMs,
    ...(profile.endpoint ? { endpoint: profile.endpoint } : {}),
    ...(input.clientSecret ? { clientSecret: input.clientSecret } : {}),
  };
  const results = await Promise.all(PROBED_FLOWS.map((flow) => probeFlow(connection, flow)));
  const verdicts = new Map<ProbedFlow, FlowVerdict>(
    PROBED_FLOWS.map((flow, i) => [flow, results[i] as FlowVerdict]),
  );
  const profileFlow: ProbedFlow =
    profile.authFlow === 'srp' ? 'USER_SRP_AUTH' : 'USER_PASSWORD_AUTH';
  const stored = input.clientSecret
    ? 'stored'
    : input.clientSecretUnreadable
      ? 'unreadable'
      : 'none';
  return {
    checks: [...clientChecks(results, stored), ...flowChecks(verdicts, profileFlow)],
    needed: ['client', 'client-secret', `flow-${profileFlow.toLowerCase()}`],
    endpointDown: results.some((v) => v.kind === 'unreachable'),
    viaEndpoint: true,
  };
}

/** A browser or M2M profile's probes at its managed-login domain. */
export async function managedLoginChecks(
  input: DoctorInput,
  timeoutMs: number,
): Promise<KindChecks> {
  const config = input.oauth;
  const common = { endpointDown: true, viaEndpoint: false };
  if (!config) {
    const check: DoctorCheck = {
      id: 'domain',
      title: 'Managed login answers',
      status: 'fail',
      sentence: 'The profile names no managed-login domain.',
      fix: 'Set one: cognito-tokens profiles edit NAME --domain URL, or Edit in the app.',
    };
    return { checks: [check], needed: ['domain'], ...common };
  }
  if (input.profile.signIn === 'browser') {
    const outcome = await probeAuthorize(config, timeoutMs);
    return {
      checks: [
        domainCheck(config.domain, outcome),
        redirectUriCheck(outcome, config.redirectUri, config.scopes),
      ],
      needed: ['domain', 'redirect-uri'],
      ...common,
    };
  }
  if (input.clientSecretUnreadable) {
    const check = clientCredentialsCheck('secret-unreadable', true, config.scopes);
    return { checks: [check], needed: ['client-credentials'], ...common };
  }
  const outcome = await probeClientCredentials({ ...config, timeoutMs });
  return {
    checks: [
      domainCheck(config.domain, outcome),
      clientCredentialsCheck(outcome, config.clientSecret !== undefined, config.scopes),
    ],
    needed: ['domain', 'client-credentials'],
    ...common,
  };
}

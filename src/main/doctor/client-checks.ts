// The app client's checks, read from one probe per flow: does the client exist, which flows
// does it allow, does it need a secret and is the stored one right, does the pool hide users.
import type { FlowVerdict, ProbedFlow } from '../cognito/flow-probe';
import type { DoctorCheck } from './doctor-types';

const FLOW_TITLES: Record<ProbedFlow, string> = {
  USER_SRP_AUTH: 'SRP sign-in (USER_SRP_AUTH)',
  USER_PASSWORD_AUTH: 'Password sign-in (USER_PASSWORD_AUTH)',
  USER_AUTH: 'Choice-based sign-in (USER_AUTH)',
};
const ALLOW: Record<ProbedFlow, string> = {
  USER_SRP_AUTH: 'ALLOW_USER_SRP_AUTH',
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
  USER_AUTH: 'ALLOW_USER_AUTH',
};

/** One check per flow; the profile's own flow fails when the client does not allow it. */
export function flowChecks(
  verdicts: ReadonlyMap<ProbedFlow, FlowVerdict>,
  profileFlow: ProbedFlow,
): DoctorCheck[] {
  return [...verdicts].map(([flow, verdict]): DoctorCheck => {
    const base = { id: `flow-${flow.toLowerCase()}`, title: FLOW_TITLES[flow] };
    const mine = flow === profileFlow ? ' This profile signs in this way.' : '';
    if (verdict.kind === 'flow-not-enabled') {
      return flow === profileFlow
        ? {
            ...base,
            status: 'fail',
            sentence: `The app client does not allow ${flow}, which this profile uses.`,
            fix: `Turn on ${ALLOW[flow]} in the app client's authentication flows, or change the profile's sign-in flow.`,
          }
        : { ...base, status: 'info', sentence: `The app client does not allow ${flow}.` };
    }
    if (verdict.kind === 'unsupported') {
      return {
        ...base,
        status: 'skip',
        sentence: `The server does not implement ${flow} (an emulator's limit), so it was not checked.`,
      };
    }
    if (verdict.kind === 'allowed') {
      return { ...base, status: 'pass', sentence: `The app client allows ${flow}.${mine}` };
    }
    // The flow could not be judged: the client or secret checks below say why.
    return { ...base, status: 'skip', sentence: `Not known: ${describe(verdict)}` };
  });
}

function describe(verdict: FlowVerdict): string {
  switch (verdict.kind) {
    case 'client-unknown':
      return 'Cognito does not know the app client.';
    case 'secret-missing':
    case 'secret-wrong':
      return 'the client secret check failed first.';
    case 'unreachable':
      return `Cognito could not be reached (${verdict.detail}).`;
    case 'unexpected':
      return `Cognito answered ${verdict.detail}.`;
    default:
      return 'no answer.';
  }
}

/** Whether the client exists, needs a secret (and the stored one is right), and hides users. */
export function clientChecks(
  verdicts: readonly FlowVerdict[],
  stored: 'stored' | 'none' | 'unreadable',
): DoctorCheck[] {
  const hasStoredSecret = stored === 'stored';
  const kinds = new Set(verdicts.map((v) => v.kind));
  const checks: DoctorCheck[] = [];
  if (kinds.has('client-unknown')) {
    checks.push({
      id: 'client',
      title: 'App client exists',
      status: 'fail',
      sentence: 'Cognito does not know this app client in this user pool.',
      fix: "Check the app client id and the user pool id (and that the pool is in the profile's region).",
    });
    return checks;
  }
  checks.push({
    id: 'client',
    title: 'App client exists',
    status: 'pass',
    sentence: 'Cognito knows the app client.',
  });
  if (kinds.has('secret-missing')) {
    checks.push({
      id: 'client-secret',
      title: 'Client secret',
      status: 'fail',
      sentence:
        stored === 'unreadable'
          ? 'The app client has a secret, and the keychain did not give back the one this profile stores.'
          : 'The app client has a secret, and this profile stores none.',
      fix:
        stored === 'unreadable'
          ? 'Unlock the keychain, then check again.'
          : 'Add the client secret to the profile (cognito-tokens profiles edit NAME --client-secret-env VAR, or Edit in the app).',
    });
  } else if (kinds.has('secret-wrong')) {
    checks.push({
      id: 'client-secret',
      title: 'Client secret',
      status: 'fail',
      sentence: hasStoredSecret
        ? 'The client secret stored for this profile does not verify.'
        : 'Cognito refused the secret hash.',
      fix: "Copy the secret again from the app client's page in the Cognito console and replace the stored one (or remove it if the client has none).",
    });
  } else if (kinds.has('allowed')) {
    checks.push({
      id: 'client-secret',
      title: 'Client secret',
      status: 'pass',
      sentence: hasStoredSecret
        ? 'The app client has a secret, and the stored one is right.'
        : 'The app client needs no secret.',
    });
  }
  const allowed = verdicts.find((v) => v.kind === 'allowed');
  if (allowed?.kind === 'allowed') {
    checks.push({
      id: 'user-existence',
      title: 'Unknown users',
      status: 'info',
      sentence: allowed.revealsUsers
        ? 'The pool says when a user does not exist, so a mistyped username reads as "user not found".'
        : 'The pool hides whether a user exists (prevent user existence errors): a mistyped username reads as a wrong password, and the checks above cannot tell more.',
    });
  }
  return checks;
}

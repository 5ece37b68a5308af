// The doctor's probe: InitiateAuth for a made-up user that cannot exist, in one flow, and what
// Cognito's answer says about the app client (the flow is allowed or not, the client needs a
// secret, the stored secret is right, the pool hides unknown users). Never a real sign-in.
import { randomBytes } from 'node:crypto';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { resolveConnection } from './connection';
import { secretHashFor } from './secret-hash';
import { createSrpClient } from './srp';
import type { PoolConnection } from './types';
import { createWire } from './wire';

/** The flows the doctor asks about. */
export const PROBED_FLOWS = ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'USER_AUTH'] as const;
/** One of them. */
export type ProbedFlow = (typeof PROBED_FLOWS)[number];

/** What one probe learned. */
export type FlowVerdict =
  /** The flow is allowed and the secret (if any) is right; the pool says unknown users exist or not. */
  | { kind: 'allowed'; revealsUsers: boolean }
  | { kind: 'flow-not-enabled' }
  | { kind: 'secret-missing' }
  | { kind: 'secret-wrong' }
  | { kind: 'client-unknown' }
  /** The server does not implement the flow at all (an emulator). */
  | { kind: 'unsupported' }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'unexpected'; detail: string };

/** The made-up username: random, prefixed so a log reader sees what it was. */
export function probeUsername(): string {
  return `ctm-doctor-${randomBytes(12).toString('hex')}`;
}

function parameters(flow: ProbedFlow, username: string): Record<string, string> {
  if (flow === 'USER_SRP_AUTH') return { USERNAME: username, SRP_A: createSrpClient().srpA };
  if (flow === 'USER_PASSWORD_AUTH') {
    return { USERNAME: username, PASSWORD: `Probe-${randomBytes(12).toString('hex')}!1` };
  }
  return { USERNAME: username };
}

/** Reads Cognito's error name and message as a verdict. */
export function verdictOf(name: string, message: string): FlowVerdict {
  if (name === 'UserNotFoundException') return { kind: 'allowed', revealsUsers: true };
  if (name === 'ResourceNotFoundException') return { kind: 'client-unknown' };
  if (name === 'InvalidParameterException' && /not enabled|not supported/i.test(message)) {
    return { kind: 'flow-not-enabled' };
  }
  if (name === 'NotAuthorizedException') {
    // A secret sent to a client without one reads as "wrong": test that wording first.
    if (/not configured with secret|does not have a secret|secret hash/i.test(message)) {
      return { kind: 'secret-wrong' };
    }
    if (/SECRET_HASH was not received|configured with secret/i.test(message)) {
      return { kind: 'secret-missing' };
    }
    // Past the client and flow checks: Cognito hides the unknown user ("Incorrect username or
    // password."), and cognito-local words it "User not authorized.".
    return { kind: 'allowed', revealsUsers: false };
  }
  if (name === 'Unsupported' || /unsupported feature/i.test(message))
    return { kind: 'unsupported' };
  return { kind: 'unexpected', detail: `${name}: ${message.slice(0, 200)}` };
}

/** Probes one flow of the app client; never throws. */
export async function probeFlow(
  connection: PoolConnection,
  flow: ProbedFlow,
): Promise<FlowVerdict> {
  const resolved = resolveConnection(connection);
  // One attempt: a probe that is throttled says so instead of waiting through retries.
  const { client } = createWire(resolved, { maxAttempts: 1 });
  const username = probeUsername();
  const secretHash = secretHashFor(resolved, username);
  try {
    await client.send(
      new InitiateAuthCommand({
        AuthFlow: flow,
        ClientId: resolved.clientId,
        AuthParameters: {
          ...parameters(flow, username),
          ...(secretHash ? { SECRET_HASH: secretHash } : {}),
        },
      }),
    );
    // A challenge for a user that cannot exist: the pool hides unknown users (it fakes one).
    return { kind: 'allowed', revealsUsers: false };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    const metadata = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
    if (metadata?.httpStatusCode === undefined && !/Exception$/.test(name)) {
      return { kind: 'unreachable', detail: message.slice(0, 200) };
    }
    return verdictOf(name, message);
  } finally {
    client.destroy();
  }
}

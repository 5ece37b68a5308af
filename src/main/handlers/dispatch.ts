// The one path every bridged call takes, in Electron (ipc.ts) and in the preview host alike:
// validate the request, run the handler, validate the response, turn failures into values.
// Plain Node: no electron here, so the preview host and the tests run it as is.
import type { z } from 'zod';
import {
  channels,
  isChannel,
  type Channel,
  type IpcErrorCode,
  type IpcResult,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract';
import { isAuthError } from '../cognito/auth-error';
import { isProfileError } from '../profiles/errors';
import { isVaultError } from '../secrets/vault-error';

/** The main-process implementation of every channel in the contract. */
export type ContractHandlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

/** Where details go that must not reach the renderer (payload issues, stacks). */
export interface DispatchLog {
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

/** Builds the failure envelope; `details` are per-field sentences of a refused submission. */
export function failure(
  code: IpcErrorCode,
  message: string,
  details: readonly string[] = [],
): IpcResult<never> {
  return details.length > 0
    ? { ok: false, error: { code, message, details: [...details] } }
    : { ok: false, error: { code, message } };
}

// Names the fields at fault without echoing their values: a value may be a password.
function describeIssues(error: z.ZodError): string {
  const parts = error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'request';
    return `${where}: ${issue.message}`;
  });
  return parts.join('; ');
}

/** Runs one call through the contract; never throws, never returns a stack. */
export async function dispatch(
  channel: string,
  payload: unknown,
  handlers: ContractHandlers,
  log: DispatchLog,
): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    // The name came from an untrusted page: keep it short in both the log and the answer.
    const shown = JSON.stringify(channel.slice(0, 60));
    log.warn(`ipc: refused a call on the unknown channel ${shown}`);
    return failure('unknown-channel', `The app has no operation called ${shown}.`);
  }
  const spec = channels[channel];
  const request = spec.request.safeParse(payload);
  if (!request.success) {
    log.warn(`ipc: ${channel}: invalid request`, request.error.issues);
    return failure(
      'invalid-request',
      `The app refused a malformed ${channel} request (${describeIssues(request.error)}).`,
    );
  }
  let value: unknown;
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    value = await handler(request.data);
  } catch (error) {
    if (isAuthError(error) || isVaultError(error)) {
      log.warn(`ipc: ${channel}: ${error.code}`, error.cause);
      return failure(error.code, error.message);
    }
    if (isProfileError(error)) {
      log.warn(`ipc: ${channel}: ${error.code}`, error.cause);
      return failure(error.code, error.message, error.details);
    }
    log.error(`ipc: ${channel}: handler failed`, error);
    return failure('internal', 'Something went wrong inside the app; the details are in its log.');
  }
  const response = spec.response.safeParse(value);
  if (!response.success) {
    log.error(`ipc: ${channel}: handler answered outside the contract`, response.error.issues);
    return failure('internal', 'Something went wrong inside the app; the details are in its log.');
  }
  return { ok: true, value: response.data };
}

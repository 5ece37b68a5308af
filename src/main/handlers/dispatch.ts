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
import { isAppError } from '../../shared/errors';
import { toIpcError, UNEXPECTED_SENTENCE } from '../../shared/error-surfaces';

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

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

// Names the fields at fault without echoing their values (a value may be a password), and cut
// short: an untrusted page can send a megabyte-long key, and zod names unknown keys.
function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const where =
      issue.path.length > 0 ? issue.path.map((p) => cut(String(p), 40)).join('.') : 'request';
    return `${cut(where, 80)}: ${cut(issue.message, 120)}`;
  });
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

// JSON.parse makes "__proto__" an own key, which some parsers drop or follow instead of
// refusing; no request has any reason to carry one, at any depth.
function carriesProtoKey(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 8) return false;
  if (Object.hasOwn(value, '__proto__')) return true;
  return Object.values(value).some((inner) => carriesProtoKey(inner, depth + 1));
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
  if (carriesProtoKey(payload)) {
    log.warn(`ipc: ${channel}: refused a request carrying a __proto__ key`);
    return failure(
      'invalid-request',
      `The app refused a malformed ${channel} request (a field is named __proto__).`,
    );
  }
  const spec = channels[channel];
  const request = spec.request.safeParse(payload);
  if (!request.success) {
    log.warn(`ipc: ${channel}: invalid request (${describeIssues(request.error)})`);
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
    if (isAppError(error)) {
      log.warn(`ipc: ${channel}: ${error.code}`, error.cause);
      return { ok: false, error: toIpcError(error) };
    }
    log.error(`ipc: ${channel}: handler failed`, error);
    return failure('internal', UNEXPECTED_SENTENCE);
  }
  const response = spec.response.safeParse(value);
  if (!response.success) {
    log.error(`ipc: ${channel}: handler answered outside the contract`, response.error.issues);
    return failure('internal', UNEXPECTED_SENTENCE);
  }
  return { ok: true, value: response.data };
}

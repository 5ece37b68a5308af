// The endpoint override (an emulator, a proxy, a test double). It carries the password proof,
// codes and refresh tokens, so it is https, or plain http only to this computer: the same
// loopback rule, from the same definition, as the managed-login domain. Pure zod, no Node.
import * as z from 'zod';
import { expected } from './field-text';
import { endpointProblem } from './sign-in-kinds';

export { endpointProblem };

const urlError = expected('an http or https URL (such as http://127.0.0.1:9229)');
const CREDENTIALS =
  'must not contain a user name or password (they would be stored in plain text).';

// What any endpoint must be: an http(s) URL without a user name or password in it.
const anyEndpoint = z
  .url({ protocol: /^https?$/, error: urlError })
  .refine((v) => !/^[a-z]+:\/\/[^/]*@/i.test(v), { error: CREDENTIALS });

/** Schema of an endpoint a user, a form or an import gives: https, or http to loopback only. */
export const endpointField = anyEndpoint.superRefine((value, ctx) => {
  const problem = endpointProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
});

/**
 * Schema of an endpoint read back from the store: one saved before the https rule still loads
 * as it was (never rewritten behind the user's back); it is refused when used (endpointProblem).
 */
export const storedEndpointField = anyEndpoint;

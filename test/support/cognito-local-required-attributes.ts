// cognito-local always answers NEW_PASSWORD_REQUIRED with requiredAttributes "[]", whatever the
// pool's schema says. This proxy in front of it fills that parameter in the way real Cognito
// does ("userAttributes.<name>"), so the engine's handling of required attributes can be driven
// end to end; everything else passes through untouched.
import { startHttpProxy } from './http-proxy';
import { isRecord } from '../../src/shared/records';

/** A running proxy and what the engine sent through it. */
export interface RequiredAttributesProxy {
  /** Give this to the engine instead of cognito-local's endpoint. */
  endpoint: string;
  /** ChallengeResponses of every RespondToAuthChallenge seen, in order. */
  readonly challengeResponses: Record<string, string>[];
  /** How many Cognito requests went through so far. */
  requestCount(): number;
  close(): Promise<void>;
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** Rewrites a NEW_PASSWORD_REQUIRED answer to list the given attributes as required. */
function withRequired(text: string, attributes: string[]): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return text;
  }
  if (!isRecord(body) || body.ChallengeName !== 'NEW_PASSWORD_REQUIRED') return text;
  const params = isRecord(body.ChallengeParameters) ? body.ChallengeParameters : {};
  params.requiredAttributes = JSON.stringify(attributes.map((name) => `userAttributes.${name}`));
  return JSON.stringify({ ...body, ChallengeParameters: params });
}

/** Starts a proxy to a cognito-local endpoint that reports `attributes` as required at first sign-in. */
export async function startRequiredAttributesProxy(
  target: string,
  attributes: string[],
): Promise<RequiredAttributesProxy> {
  const proxy = await startHttpProxy(target, (_operation, text) => withRequired(text, attributes));
  return {
    endpoint: proxy.endpoint,
    get challengeResponses() {
      return proxy.requests
        .filter((request) => request.operation === 'RespondToAuthChallenge')
        .map((request) => stringRecord(request.body.ChallengeResponses));
    },
    requestCount: () => proxy.requests.length,
    close: () => proxy.close(),
  };
}

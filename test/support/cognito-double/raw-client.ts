// A bare Cognito JSON client for tests that must see the wire (secrets, exact errors, sessions).

/** What the service answered. */
export interface CognitoReply {
  status: number;
  body: Record<string, unknown>;
  /** The x-amzn-ErrorType header, or null on success. */
  errorTypeHeader: string | null;
}

/** POSTs one Cognito operation the way the SDKs do. */
export async function callCognito(
  endpoint: string,
  operation: string,
  body: object,
): Promise<CognitoReply> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  });
  const parsed: unknown = await response.json();
  const record =
    typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  return {
    status: response.status,
    body: record,
    errorTypeHeader: response.headers.get('x-amzn-errortype'),
  };
}

/** A string member of a reply, or an error naming what was missing. */
export function field(reply: CognitoReply, ...path: string[]): string {
  let value: unknown = reply.body;
  for (const key of path) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  if (typeof value !== 'string') {
    throw new Error(`reply has no string at ${path.join('.')}: ${JSON.stringify(reply.body)}`);
  }
  return value;
}

// Cognito Identity's errors as the AWS JSON 1.1 protocol carries them: HTTP 400 (500 for a server
// fault), the type in the body's __type and in x-amzn-ErrorType, and a message.

/** The exception types the double answers with, as named in the SDK's models/errors.d.ts. */
export type IdentityErrorType =
  | 'InvalidParameterException'
  | 'NotAuthorizedException'
  | 'ResourceNotFoundException'
  | 'TooManyRequestsException'
  | 'InvalidIdentityPoolConfigurationException'
  | 'InternalErrorException'
  | 'UnknownOperationException'
  | 'SerializationException';

/** A refusal the server sends back as Cognito Identity would. */
export class IdentityError extends Error {
  constructor(
    readonly type: IdentityErrorType,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** Shorthand for a refused parameter. */
export function invalidParameter(message: string): IdentityError {
  return new IdentityError('InvalidParameterException', message);
}

// Cognito's error vocabulary: the types and sentences real user pools answer with.

/** A Cognito service error, answered as HTTP `status` with `{__type, message}`. */
export class CognitoError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }
}

/** NotAuthorizedException "Incorrect username or password." */
export const incorrectCredentials = (): CognitoError =>
  new CognitoError('NotAuthorizedException', 'Incorrect username or password.');

/** NotAuthorizedException "Invalid session for the user." */
export const invalidSession = (): CognitoError =>
  new CognitoError('NotAuthorizedException', 'Invalid session for the user.');

/** The session that ran out of attempts. */
export const deadSession = (): CognitoError =>
  new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');

/** InvalidParameterException with the given sentence. */
export const invalidParameter = (message: string): CognitoError =>
  new CognitoError('InvalidParameterException', message);

/** InvalidParameterException "Missing required parameter X". */
export const missingParameter = (name: string): CognitoError =>
  invalidParameter(`Missing required parameter ${name}`);

/** UserNotFoundException "User does not exist." */
export const userNotFound = (): CognitoError =>
  new CognitoError('UserNotFoundException', 'User does not exist.');

/** NotAuthorizedException "User is disabled." */
export const userDisabled = (): CognitoError =>
  new CognitoError('NotAuthorizedException', 'User is disabled.');

/** NotAuthorizedException "Invalid Refresh Token" */
export const invalidRefreshToken = (): CognitoError =>
  new CognitoError('NotAuthorizedException', 'Invalid Refresh Token');

/** LimitExceededException, Cognito's answer to too many failed code or password attempts. */
export const attemptLimit = (): CognitoError =>
  new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');

/** ResourceNotFoundException for a pool id. */
export const poolNotFound = (id: string): CognitoError =>
  new CognitoError('ResourceNotFoundException', `User pool ${id} does not exist.`);

// A profile's Cognito identity pool (federated identities), which trades the user's ID token for
// AWS credentials. Zod-free and Node-free: the CLI's light paths read these ids too.

/** An identity pool id: the region it lives in, a colon and a GUID. */
const IDENTITY_POOL_ID =
  /^([a-z]{2}(?:-[a-z]+)+-\d{1,2}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
/** An IAM role's ARN in any partition (aws, aws-cn, aws-us-gov). */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

/** What an identity pool id looks like, worded for error sentences. */
export const IDENTITY_POOL_ID_EXPECTATION =
  'an identity pool id (REGION:GUID, such as us-east-1:1a2b3c4d-1234-5678-9abc-def012345678)';
/** What a role ARN looks like, worded for error sentences. */
export const ROLE_ARN_EXPECTATION = 'an IAM role ARN (such as arn:aws:iam::123456789012:role/Dev)';

/** The region an identity pool id names, or null when it is not REGION:GUID. */
export function identityPoolRegion(identityPoolId: string): string | null {
  return IDENTITY_POOL_ID.exec(identityPoolId.trim())?.[1] ?? null;
}

/** True for an IAM role ARN. */
export function isRoleArn(value: string): boolean {
  return ROLE_ARN.test(value.trim());
}

/** The provider name an identity pool knows a user pool by: the key of the Logins map. */
export function userPoolProviderName(region: string, userPoolId: string): string {
  return `cognito-idp.${region}.amazonaws.com/${userPoolId}`;
}

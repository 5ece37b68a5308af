// The two Amplify configuration shapes that name a user pool and an app client:
// amplify_outputs.json (Gen 2) and aws-exports (Gen 1, as JSON or as the .js Amplify writes).
import * as z from 'zod';
import {
  checkRegion,
  clientIdField,
  expected,
  regionField,
  userPoolIdField,
} from '../../shared/profile';

/** Which Amplify shape a file has. */
export type AmplifySource = 'amplify-outputs' | 'aws-exports';

/** The pool and client an Amplify file names, paths as in the file for error sentences. */
export interface AmplifyClient {
  userPoolId: string;
  clientId: string;
  region: string | undefined;
}

/** amplify_outputs.json: `auth.user_pool_id`, `auth.user_pool_client_id`, `auth.aws_region`. */
export const AmplifyOutputsSchema = z
  .object({
    auth: z.object(
      {
        user_pool_id: userPoolIdField,
        user_pool_client_id: clientIdField,
        aws_region: regionField.optional(),
      },
      { error: expected('the auth section of amplify_outputs.json') },
    ),
  })
  .superRefine(({ auth }, ctx) => {
    checkRegion(auth.user_pool_id, auth.aws_region, ctx, ['auth', 'aws_region']);
  })
  .transform(({ auth }): AmplifyClient => ({
    userPoolId: auth.user_pool_id,
    clientId: auth.user_pool_client_id,
    region: auth.aws_region,
  }));

/** aws-exports: `aws_user_pools_id`, `aws_user_pools_web_client_id`, `aws_cognito_region`. */
export const AwsExportsSchema = z
  .object({
    aws_user_pools_id: userPoolIdField,
    aws_user_pools_web_client_id: clientIdField,
    aws_cognito_region: regionField.optional(),
  })
  .superRefine((v, ctx) => {
    checkRegion(v.aws_user_pools_id, v.aws_cognito_region, ctx, ['aws_cognito_region']);
  })
  .transform((v): AmplifyClient => ({
    userPoolId: v.aws_user_pools_id,
    clientId: v.aws_user_pools_web_client_id,
    region: v.aws_cognito_region,
  }));

/** Which Amplify shape an object has, or null when it has neither. */
export function detectAmplifySource(value: Record<string, unknown>): AmplifySource | null {
  if ('auth' in value || ('version' in value && !('aws_user_pools_id' in value))) {
    return 'amplify-outputs';
  }
  return Object.keys(value).some((k) => k.startsWith('aws_')) ? 'aws-exports' : null;
}

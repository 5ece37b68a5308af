// The two Amplify configuration shapes that name a user pool and an app client:
// amplify_outputs.json (Gen 2) and aws-exports (Gen 1, as JSON or as the .js Amplify writes).
// Either may carry an OAuth block (the managed login's domain, scopes, redirect URIs), which
// becomes a browser profile beside the password one.
import * as z from 'zod';
import {
  checkRegion,
  clientIdField,
  expected,
  identityPoolIdField,
  regionField,
  userPoolIdField,
} from '../../shared/profile';
import { isRecord } from '../../shared/records';
import { domainField, scopesField } from '../../shared/sign-in-fields';

/** Which Amplify shape a file has. */
export type AmplifySource = 'amplify-outputs' | 'aws-exports';

/** The managed login an Amplify file's OAuth block names. */
export interface AmplifyOAuth {
  /** An origin: Amplify writes the domain without https://, which is added. */
  domain: string;
  scopes: string[] | undefined;
  /** The sign-in redirect URIs, in the file's order. */
  redirectSignIn: string[];
  identityProviders: string[];
}

/** The pool and client an Amplify file names, paths as in the file for error sentences. */
export interface AmplifyClient {
  userPoolId: string;
  clientId: string;
  region: string | undefined;
  /** Set when the file has an OAuth block with a domain. */
  oauth?: AmplifyOAuth;
  /** The identity pool the app trades its ID tokens at, when the file names one. */
  identityPoolId?: string;
}

// Amplify writes "myapp.auth.us-east-1.amazoncognito.com": no scheme.
const amplifyDomain = z.preprocess(
  (v) =>
    typeof v === 'string' && v.trim() !== '' && !v.includes('://') ? `https://${v.trim()}` : v,
  domainField,
);
const uriList = z.array(z.string().max(2048), { error: expected('a list of URIs') }).max(50);
const providerList = z.array(z.string().max(128), { error: expected('a list of names') }).max(50);

/** `auth.oauth` of amplify_outputs.json; an empty block (no domain) means no managed login. */
const OutputsOAuthSchema = z
  .object({
    domain: amplifyDomain.optional(),
    scopes: scopesField.optional(),
    redirect_sign_in_uri: uriList.optional(),
    identity_providers: providerList.optional(),
  })
  .transform((o): AmplifyOAuth | undefined =>
    o.domain === undefined
      ? undefined
      : {
          domain: o.domain,
          scopes: o.scopes,
          redirectSignIn: o.redirect_sign_in_uri ?? [],
          identityProviders: o.identity_providers ?? [],
        },
  );

/** `oauth` of aws-exports: redirectSignIn is one string of comma-separated URIs. */
const ExportsOAuthSchema = z
  .object({
    domain: amplifyDomain.optional(),
    scope: scopesField.optional(),
    redirectSignIn: z.string().max(8192).optional(),
  })
  .transform((o): AmplifyOAuth | undefined =>
    o.domain === undefined
      ? undefined
      : {
          domain: o.domain,
          scopes: o.scope,
          redirectSignIn: (o.redirectSignIn ?? '')
            .split(',')
            .map((u) => u.trim())
            .filter((u) => u !== ''),
          identityProviders: [],
        },
  );

const withOAuth = (oauth: AmplifyOAuth | undefined) => (oauth ? { oauth } : {});
const withIdentityPool = (id: string | undefined) => (id ? { identityPoolId: id } : {});

/**
 * amplify_outputs.json: `auth.user_pool_id`, `auth.user_pool_client_id`, `auth.aws_region`, and
 * `auth.identity_pool_id` when the app has one.
 */
export const AmplifyOutputsSchema = z
  .object({
    auth: z.object(
      {
        user_pool_id: userPoolIdField,
        user_pool_client_id: clientIdField,
        aws_region: regionField.optional(),
        identity_pool_id: identityPoolIdField.optional(),
        oauth: OutputsOAuthSchema.optional(),
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
    ...withOAuth(auth.oauth),
    ...withIdentityPool(auth.identity_pool_id),
  }));

/**
 * aws-exports: `aws_user_pools_id`, `aws_user_pools_web_client_id`, `aws_cognito_region`, and
 * `aws_cognito_identity_pool_id` when the app has one.
 */
export const AwsExportsSchema = z
  .object({
    aws_user_pools_id: userPoolIdField,
    aws_user_pools_web_client_id: clientIdField,
    aws_cognito_region: regionField.optional(),
    aws_cognito_identity_pool_id: identityPoolIdField.optional(),
    oauth: ExportsOAuthSchema.optional(),
  })
  .superRefine((v, ctx) => {
    checkRegion(v.aws_user_pools_id, v.aws_cognito_region, ctx, ['aws_cognito_region']);
  })
  .transform((v): AmplifyClient => ({
    userPoolId: v.aws_user_pools_id,
    clientId: v.aws_user_pools_web_client_id,
    region: v.aws_cognito_region,
    ...withOAuth(v.oauth),
    ...withIdentityPool(v.aws_cognito_identity_pool_id),
  }));

/** True when the file's OAuth block names a domain (even a bad one): a browser profile is meant. */
export function namesOAuthDomain(value: Record<string, unknown>, source: AmplifySource): boolean {
  const holder = source === 'amplify-outputs' ? value.auth : value;
  const oauth = isRecord(holder) ? holder.oauth : undefined;
  return isRecord(oauth) && typeof oauth.domain === 'string' && oauth.domain.trim() !== '';
}

/** Which Amplify shape an object has, or null when it has neither. */
export function detectAmplifySource(value: Record<string, unknown>): AmplifySource | null {
  if ('auth' in value || ('version' in value && !('aws_user_pools_id' in value))) {
    return 'amplify-outputs';
  }
  return Object.keys(value).some((k) => k.startsWith('aws_')) ? 'aws-exports' : null;
}

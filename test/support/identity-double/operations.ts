// GetId and GetCredentialsForIdentity (the enhanced flow) as Cognito Identity answers them, with
// the parameter checks of the service model (patterns and lengths from the SDK's schemas).
import { randomBytes, randomUUID } from 'node:crypto';
import { IdentityError, invalidParameter } from './errors';
import { checkLogin, type CheckedLogin, type UserPoolProvider } from './login-check';

/** One identity pool the double serves. */
export interface IdentityPoolConfig {
  /** REGION:GUID. */
  identityPoolId: string;
  providers: UserPoolProvider[];
  /** The authenticated role; none makes GetCredentialsForIdentity refuse the pool's setup. */
  authenticatedRoleArn?: string;
  /** Roles the pool's rules may give (CustomRoleArn); others are refused as parameters. */
  ruleRoles?: string[];
  /** Roles whose trust policy lets cognito-identity assume them for this pool (default: all). */
  trustingRoles?: string[];
  /** Lifetime of each set of credentials (default 3600 s, as STS gives). */
  credentialsSeconds?: number;
}

/** A set of credentials the double gave out, for tests to compare and to look for leaks. */
export interface IssuedCredentials {
  identityId: string;
  roleArn: string;
  accessKeyId: string;
  secretKey: string;
  sessionToken: string;
  expiration: number;
}

/** The double's memory: pools, identities and what it issued. */
export interface IdentityState {
  pools: Map<string, IdentityPoolConfig>;
  /** identity id → the pool, provider and user it belongs to. */
  identities: Map<string, { identityPoolId: string; providerName: string; sub: string }>;
  issued: IssuedCredentials[];
  now: () => number;
}

const POOL_ID = /^[\w-]+:[0-9a-f-]+$/;
const IDENTITY_ID = /^[\w-]+:[0-9a-f-]+$/;

function stringParam(body: Record<string, unknown>, name: string, pattern: RegExp, max: number) {
  const value = body[name];
  if (value === undefined || value === null) invalid(`${name} is required.`);
  if (typeof value !== 'string' || value.length > max || !pattern.test(value)) {
    invalid(`1 validation error detected: Value at '${name}' failed to satisfy constraint.`);
  }
  return value;
}

function invalid(message: string): never {
  throw invalidParameter(message);
}

function loginsOf(body: Record<string, unknown>): [string, string][] {
  const logins = body.Logins;
  if (logins === undefined) return [];
  if (typeof logins !== 'object' || logins === null || Array.isArray(logins)) {
    invalid('Logins must be a map.');
  }
  const entries = Object.entries(logins);
  if (entries.length > 10) invalid('Logins may hold at most 10 entries.');
  return entries.map(([key, value]) => {
    if (key.length < 1 || key.length > 128 || typeof value !== 'string' || value.length < 1) {
      invalid("1 validation error detected: Value at 'logins' failed to satisfy constraint.");
    }
    return [key, value];
  });
}

function poolOf(state: IdentityState, identityPoolId: string): IdentityPoolConfig {
  const pool = state.pools.get(identityPoolId);
  if (!pool)
    throw new IdentityError(
      'ResourceNotFoundException',
      `IdentityPool '${identityPoolId}' not found.`,
    );
  return pool;
}

async function authenticated(
  state: IdentityState,
  pool: IdentityPoolConfig,
  body: Record<string, unknown>,
): Promise<CheckedLogin> {
  const logins = loginsOf(body);
  if (logins.length === 0) {
    throw new IdentityError(
      'NotAuthorizedException',
      'Unauthenticated access is not supported for this identity pool.',
    );
  }
  const [[providerName, token]] = logins as [[string, string]];
  return checkLogin(pool.providers, providerName, token, state.now());
}

/** GetId: the identity of the user the Logins map proves, made on first sight. */
export async function getId(state: IdentityState, body: Record<string, unknown>): Promise<unknown> {
  const identityPoolId = stringParam(body, 'IdentityPoolId', POOL_ID, 55);
  const pool = poolOf(state, identityPoolId);
  const login = await authenticated(state, pool, body);
  const region = identityPoolId.split(':')[0] ?? '';
  for (const [identityId, owner] of state.identities) {
    const same =
      owner.identityPoolId === identityPoolId && owner.providerName === login.provider.providerName;
    if (same && owner.sub === login.sub) return { IdentityId: identityId };
  }
  const identityId = `${region}:${randomUUID()}`;
  state.identities.set(identityId, {
    identityPoolId,
    providerName: login.provider.providerName,
    sub: login.sub,
  });
  return { IdentityId: identityId };
}

function roleFor(pool: IdentityPoolConfig, custom: string | undefined): string {
  if (custom !== undefined) {
    if (!(pool.ruleRoles ?? []).includes(custom)) {
      throw invalidParameter(
        `CustomRoleArn ${custom} is not a role the identity pool's rules give this user.`,
      );
    }
  } else if (pool.authenticatedRoleArn === undefined) {
    throw new IdentityError(
      'InvalidIdentityPoolConfigurationException',
      'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    );
  }
  const role = custom ?? pool.authenticatedRoleArn ?? '';
  if (pool.trustingRoles && !pool.trustingRoles.includes(role)) {
    // STS refused AssumeRoleWithWebIdentity: the role's trust policy does not name this pool.
    throw new IdentityError(
      'InvalidIdentityPoolConfigurationException',
      'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    );
  }
  return role;
}

const letters = (n: number) =>
  Array.from(randomBytes(n), (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[b % 32]).join('');

/** GetCredentialsForIdentity: STS credentials of the pool's role for a proven identity. */
export async function getCredentialsForIdentity(
  state: IdentityState,
  body: Record<string, unknown>,
): Promise<unknown> {
  const identityId = stringParam(body, 'IdentityId', IDENTITY_ID, 55);
  const custom =
    body.CustomRoleArn === undefined
      ? undefined
      : stringParam(body, 'CustomRoleArn', /^arn:aws[\w-]*:iam::\d{12}:role\/.+$/, 2048);
  const owner = state.identities.get(identityId);
  if (!owner)
    throw new IdentityError('ResourceNotFoundException', `Identity '${identityId}' not found.`);
  const pool = poolOf(state, owner.identityPoolId);
  const login = await authenticated(state, pool, body);
  if (login.provider.providerName !== owner.providerName || login.sub !== owner.sub) {
    throw new IdentityError(
      'NotAuthorizedException',
      "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    );
  }
  const roleArn = roleFor(pool, custom);
  const seconds = pool.credentialsSeconds ?? 3600;
  const issued: IssuedCredentials = {
    identityId,
    roleArn,
    accessKeyId: `ASIA${letters(16)}`,
    secretKey: randomBytes(30).toString('base64'),
    sessionToken: randomBytes(600).toString('base64'),
    expiration: Math.floor(state.now() / 1000) + seconds,
  };
  state.issued.push(issued);
  return {
    IdentityId: identityId,
    Credentials: {
      AccessKeyId: issued.accessKeyId,
      SecretKey: issued.secretKey,
      SessionToken: issued.sessionToken,
      Expiration: issued.expiration,
    },
  };
}

// The identity pool tests' set-up: the CLI end-to-end rig (a real keyring, cognito-local) with the
// Cognito Identity double in front of cognito-local, so a profile's one endpoint serves both, and
// signed-in profiles whose identity pool trusts the rig's user pool and app client.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { profileIdOf, startE2eRig, type E2eRig } from './cli-e2e-rig';
import {
  startIdentityDouble,
  type IdentityDouble,
  type IdentityPoolConfig,
} from './identity-double';
import type { RunLog } from './leak-check';

/** The role ARNs the pools below name. */
export const ROLES = {
  authenticated: 'arn:aws:iam::123456789012:role/CognitoAuthenticated',
  admin: 'arn:aws:iam::123456789012:role/CognitoAdmins',
  untrusting: 'arn:aws:iam::123456789012:role/TrustsNobody',
} as const;

const PASSWORD = 'Identity-Pass-1!';

/** The rig, the double, and helpers that make pools and signed-in profiles. */
export interface IdentityRig {
  rig: E2eRig;
  double: IdentityDouble;
  /** A new identity pool trusting the rig's user pool and client unless `overrides` says else. */
  newPool(overrides?: Partial<IdentityPoolConfig>): string;
  /** A new user, a profile for it with the identity pool, and a sign-in. */
  signedInProfile(runs: RunLog, home: string, name: string, extra: string[]): Promise<void>;
  /** The id of a profile (one more CLI run). */
  profileId(runs: RunLog, home: string, name: string): Promise<string>;
  /** The username of the last user signedInProfile made. */
  lastUsername(): string;
  stop(): Promise<void>;
}

/** Starts the rig and the double, which trusts cognito-local's pool as Cognito Identity would. */
export async function startIdentityRig(): Promise<IdentityRig> {
  const rig = await startE2eRig();
  const double = await startIdentityDouble({ upstream: rig.local.endpoint });
  const provider = {
    providerName: `cognito-idp.us-east-1.amazonaws.com/${rig.poolId}`,
    clientId: rig.clientId,
    // cognito-local signs as its own address (its discovery document says localhost:9229
    // whatever the port), as real Cognito signs as https://cognito-idp.<region>.amazonaws.com/<pool>.
    issuer: `${rig.local.endpoint}/${rig.rawPoolId}`,
    jwksUrl: `${rig.local.endpoint}/${rig.rawPoolId}/.well-known/jwks.json`,
  };
  let users = 0;
  let username = '';
  return {
    rig,
    double,
    newPool(overrides = {}) {
      const identityPoolId = `us-east-1:${randomUUID()}`;
      double.addPool({
        identityPoolId,
        providers: [provider],
        authenticatedRoleArn: ROLES.authenticated,
        ruleRoles: [ROLES.admin, ROLES.untrusting],
        trustingRoles: [ROLES.authenticated, ROLES.admin],
        ...overrides,
      });
      return identityPoolId;
    },
    async signedInProfile(runs, home, name, extra) {
      users += 1;
      username = `identity-user${users}`;
      await rig.local.createUser(rig.rawPoolId, username, PASSWORD);
      await rig.local.setPassword(rig.rawPoolId, username, PASSWORD);
      const added = await rig.cli(runs, home, [
        'profiles',
        'add',
        name,
        ...['--pool-id', rig.poolId, '--client-id', rig.clientId, '--username', username],
        ...['--endpoint', double.endpoint, '--flow', 'password', ...extra],
      ]);
      expect(added.code, added.stderr).toBe(0);
      const login = await rig.cli(runs, home, ['login', name, '--password-env', 'CT_PW'], {
        env: { CT_PW: PASSWORD },
      });
      expect(login.code, login.stderr).toBe(0);
      runs.track('password', PASSWORD);
    },
    profileId: (runs, home, name) => profileIdOf(rig, runs, home, name),
    lastUsername: () => username,
    async stop() {
      await double.close();
      await rig.stop();
    },
  };
}

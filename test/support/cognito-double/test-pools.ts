// Pools for the double's own test, reusable by other suites that want the same cast of users.
import type { DoublePool } from './types';

/** Ids and secrets of the fixture pools. */
export const FIXTURE = {
  poolId: 'eu-west-1_Double1',
  secretPoolId: 'eu-west-1_Double2',
  publicClient: 'double-public-client',
  passwordOnlyClient: 'double-password-only',
  secretClient: 'double-secret-client',
  clientSecret: 'double-client-secret-0123456789abcdef',
  /** Internal username of carol, who signs in as carol@example.com. */
  carolId: '5b1e0c2d-3f4a-4b6c-8d7e-9f0a1b2c3d4e',
  /** Internal username of gina (secret pool), who signs in as gina@example.com. */
  ginaId: '0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f',
  /** Pool that hides whether users exist, with a refresh-rotation client that has a secret. */
  quietPoolId: 'eu-west-1_Double3',
  rotationClient: 'double-rotation-client',
  rotationSecret: 'double-rotation-secret-abcdef0123456789',
  /** A preset authenticator secret (erin). */
  totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
} as const;

/** Fresh pool objects (the double mutates them, so build new ones per double). */
export function fixturePools(): DoublePool[] {
  return [
    {
      userPoolId: FIXTURE.poolId,
      emailAlias: true,
      clients: [
        { clientId: FIXTURE.publicClient },
        { clientId: FIXTURE.passwordOnlyClient, flows: ['USER_PASSWORD_AUTH'] },
      ],
      users: [
        // Salt with the top bit set: padHex must put '00' in front of it.
        {
          username: 'alice',
          password: 'Alice-Pass1',
          email: 'alice@example.com',
          srpSalt: 'f063479ad69a090b258277ec8fba6f99',
          groups: ['admins'],
        },
        // Salt with a leading zero byte: the integer is shorter than the hex.
        { username: 'bob', password: 'Bob-Pass12', srpSalt: '00a1b2c3d4e5f60718293a4b5c6d7e8f' },
        { username: FIXTURE.carolId, password: 'Carol-Pass1', email: 'carol@example.com' },
        {
          username: 'dave',
          password: 'Temp-Pass1',
          email: 'dave@example.com',
          status: 'FORCE_CHANGE_PASSWORD',
          requiredAttributes: ['given_name'],
        },
        { username: 'erin', password: 'Erin-Pass1', mfa: { totpSecret: FIXTURE.totpSecret } },
        { username: 'frank', password: 'Frank-Pass1', mfa: { setupRequired: true } },
        {
          username: 'hank',
          password: 'Hank-Pass1',
          attributes: { phone_number: '+15555551234' },
          mfa: { sms: true },
        },
        {
          username: 'ivy',
          password: 'Ivy-Pass12',
          email: 'ivy@example.com',
          attributes: { phone_number: '+447700900123' },
          mfa: { sms: true, email: true },
        },
        { username: 'judy', password: 'Judy-Pass1', enabled: false },
        { username: 'ken', password: 'Ken-Pass12', status: 'UNCONFIRMED' },
        {
          username: 'liam',
          password: 'Liam-Pass1',
          email: 'liam@example.com',
          status: 'RESET_REQUIRED',
        },
        { username: 'mia', password: 'Mia-Pass12', email: 'mia@example.com', mfa: { email: true } },
        {
          username: 'noah',
          password: 'Noah-Pass1',
          email: 'noah@example.com',
          groups: ['ops', 'dev'],
        },
      ],
    },
    {
      userPoolId: FIXTURE.secretPoolId,
      emailAlias: true,
      clients: [{ clientId: FIXTURE.secretClient, clientSecret: FIXTURE.clientSecret }],
      users: [{ username: FIXTURE.ginaId, password: 'Gina-Pass1', email: 'gina@example.com' }],
    },
    {
      userPoolId: FIXTURE.quietPoolId,
      preventUserExistenceErrors: true,
      passwordMinLength: 12,
      clients: [
        {
          clientId: FIXTURE.rotationClient,
          clientSecret: FIXTURE.rotationSecret,
          refreshRotation: true,
          tokenValiditySeconds: 300,
        },
      ],
      users: [{ username: 'olga', password: 'Olga-Password1', email: 'olga@example.com' }],
    },
  ];
}

/** A pool with one M2M app client (client credentials, a secret, these custom scopes). */
export function m2mPool(
  userPoolId: string,
  client: { clientId: string; clientSecret: string },
  oauthScopes: string[],
): DoublePool {
  return {
    userPoolId,
    clients: [{ ...client, oauthFlows: ['client_credentials'], oauthScopes }],
    users: [],
  };
}

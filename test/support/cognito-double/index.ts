// The strict Cognito double: start it with pools, point a client's endpoint at it, inspect it.
// Worth knowing, because real Cognito does the same:
// - PASSWORD_VERIFIER comes without a Session (SECRET_BLOCK carries the state); later challenges
//   carry one, good for one successful answer, 3 minutes and 3 wrong codes.
// - SECRET_HASH is over the name as typed at InitiateAuth and over the internal username
//   (USER_ID_FOR_SRP, cognito:username) at RespondToAuthChallenge and REFRESH_TOKEN_AUTH.
// - A TOTP code is taken once: a second sign-in in the same 30 s step needs the next step's code
//   (the double accepts ±1 step, so generate with timestamp = now + 30 000 ms).
// - Operations run after faults.delayMs even if the client gave up (a rotated token may be lost).
// - Device tracking (pool.deviceTracking 'always' | 'opt-in'): a sign-in without a known
//   DEVICE_KEY gets NewDeviceMetadata, and its refresh tokens work only with that key once
//   ConfirmDevice took a verifier ("Invalid Refresh Token" otherwise, as Cognito answers). A
//   DEVICE_KEY Cognito does not know fails with ResourceNotFoundException "Device does not
//   exist." once the password is proven; a remembered device gets DEVICE_SRP_AUTH instead of MFA.
import type { AddressInfo } from 'node:net';
import type { DoubleContext } from './context';
import { DeviceRegistry } from './devices';
import { Directory } from './directory';
import { userNotFound } from './errors';
import { TokenStore } from './grants';
import { expireCodes } from './operations-password';
import { createDoubleServer } from './server';
import { SessionStore } from './sessions';
import type { CognitoDouble, DoublePool, DoubleRequest } from './types';

export type {
  CognitoDouble,
  DoubleClient,
  DoubleDevice,
  DoubleFaults,
  DoubleFlow,
  DoublePool,
  DoubleRequest,
  DoubleUser,
  DoubleUserMfa,
} from './types';
export { CognitoError } from './errors';
export { type CognitoReply, callCognito, field } from './raw-client';
export { secretHash } from './secret-hash';
export { type SrpClient, passwordClaim, srpClient, srpTimestamp } from './srp-client';

// Catches set-up mistakes at start rather than as puzzling Cognito errors mid-test.
function validate(pools: DoublePool[]): void {
  const clientIds = new Set<string>();
  for (const pool of pools) {
    if (!/^[a-z]{2}(-[a-z]+)+-\d_[A-Za-z0-9]+$/.test(pool.userPoolId)) {
      throw new Error(`Cognito double: '${pool.userPoolId}' is not a '<region>_<id>' pool id`);
    }
    for (const client of pool.clients) {
      if (clientIds.has(client.clientId))
        throw new Error(`Cognito double: client ${client.clientId} twice`);
      clientIds.add(client.clientId);
    }
    const names = pool.users.map((user) => user.username);
    if (new Set(names).size !== names.length)
      throw new Error(`Cognito double: duplicate username in ${pool.userPoolId}`);
    for (const user of pool.users) {
      if (user.srpSalt !== undefined && !/^([0-9a-f]{2})+$/i.test(user.srpSalt)) {
        throw new Error(`Cognito double: srpSalt of ${user.username} must be even-length hex`);
      }
    }
  }
}

/** Starts a double on 127.0.0.1 (a free port) serving the given pools. */
export async function startCognitoDouble(pools: DoublePool[]): Promise<CognitoDouble> {
  validate(pools);
  const directory = new Directory(pools);
  const context: DoubleContext = {
    directory,
    sessions: new SessionStore(),
    tokens: new TokenStore(directory),
    devices: new DeviceRegistry(),
  };
  const requests: DoubleRequest[] = [];
  const faults = { throttleNext: 0, serverErrorNext: 0, delayMs: 0 };
  const { server, stop } = createDoubleServer(context, requests, faults);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    faults,
    pool: (id) => directory.pool(id),
    user: (poolId, username) => {
      const user = directory
        .pool(poolId)
        .users.find((candidate) => candidate.username === username);
      if (!user) throw userNotFound();
      return user;
    },
    expireSessions: () => {
      context.sessions.expireAll();
    },
    expireCodes: () => {
      expireCodes(context);
    },
    devices: (poolId, username) => {
      const user = directory.pool(poolId).users.find((u) => u.username === username);
      if (!user) throw userNotFound();
      return context.devices.list(user);
    },
    close: stop,
  };
}

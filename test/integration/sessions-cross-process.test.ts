// Two real processes (the app's role and a CLI's) refreshing one rotating profile at once, 50
// rounds, over one gnome-keyring and the strict double with rotation, with seeded random delays:
// the cross-process refresh lock must lose no refresh token and rotate exactly once a round.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_SERVICE_NAME } from '../../src/main/secrets/naming';
import { startCognitoDouble, type CognitoDouble } from '../support/cognito-double';
import { startKeyring, type KeyringSession } from '../support/keyring';
import { runRefreshRace } from '../support/refresh-race';

const POOL = 'ap-southeast-2_Race1';
const CLIENT = 'raceclient';
const PASSWORD = 'Race-Pass-1!';
const SEED = 20_261_204;

let double: CognitoDouble;
let keyring: KeyringSession;
beforeAll(async () => {
  [double, keyring] = await Promise.all([
    startCognitoDouble([
      {
        userPoolId: POOL,
        clients: [{ clientId: CLIENT, refreshRotation: true, tokenValiditySeconds: 3 }],
        users: [{ username: 'rae', password: PASSWORD }],
      },
    ]),
    startKeyring(),
  ]);
});
afterAll(async () => {
  await Promise.all([double.close(), keyring.stop()]);
});

describe('two processes refreshing a rotating token at once', () => {
  it('50 rounds: no refresh token lost, exactly one rotation a round', async () => {
    const result = await runRefreshRace({
      double,
      env: keyring.env,
      serviceName: DEV_SERVICE_NAME,
      poolId: POOL,
      clientId: CLIENT,
      username: 'rae',
      password: PASSWORD,
      rounds: 50,
      seed: SEED,
      maxDelayMs: 20,
      lock: true,
    });
    expect(result.failures).toEqual([]);
    expect(result.lost).toBe(0);
    expect(result.rotations).toEqual(Array.from({ length: 50 }, () => 1));
  }, 180_000);
});

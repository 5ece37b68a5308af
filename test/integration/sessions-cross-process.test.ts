// Two real processes (the app's role and a CLI's) refreshing one rotating profile at once, a few
// rounds, over one gnome-keyring and the strict double with rotation, with seeded random delays:
// the cross-process refresh lock must lose no refresh token and rotate exactly once a round.
// Each round waits about two seconds for the tokens to fall due, so the long run (50 rounds a
// mode, with and without the lock) is `npm run bench` (scripts/bench/refresh-race.mjs), which
// fails on the same two faults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_SERVICE_NAME } from '../../src/main/secrets/naming';
import { startKeyring, type KeyringSession } from '../support/keyring';
import { runRefreshRace } from '../support/refresh-race';
import { useDouble } from '../support/use-double';

const POOL = 'ap-southeast-2_Race1';
const CLIENT = 'raceclient';
const PASSWORD = 'Race-Pass-1!';
const SEED = 20_261_204;
const ROUNDS = 5;

let keyring: KeyringSession;
const double = useDouble([
  {
    userPoolId: POOL,
    clients: [{ clientId: CLIENT, refreshRotation: true, tokenValiditySeconds: 3 }],
    users: [{ username: 'rae', password: PASSWORD }],
  },
]);

beforeAll(async () => {
  keyring = await startKeyring();
});
afterAll(async () => {
  await keyring.stop();
});

describe('two processes refreshing a rotating token at once', () => {
  it(`${String(ROUNDS)} rounds: no refresh token lost, exactly one rotation a round`, async () => {
    const result = await runRefreshRace({
      double,
      env: keyring.env,
      serviceName: DEV_SERVICE_NAME,
      poolId: POOL,
      clientId: CLIENT,
      username: 'rae',
      password: PASSWORD,
      rounds: ROUNDS,
      seed: SEED,
      maxDelayMs: 20,
      lock: true,
    });
    expect(result.failures).toEqual([]);
    expect(result.lost).toBe(0);
    expect(result.rotations).toEqual(Array.from({ length: ROUNDS }, () => 1));
  }, 60_000);
});

// Copying a token through the facade's fresh tokens and the secret clipboard, against the strict
// Cognito double: a near-expiry token is refreshed once on the wire before it is copied, however
// many copies ask at once; a failed refresh copies nothing.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { copyToken } from '../../src/main/clipboard/copy-token';
import { MemoryClipboard } from '../../src/main/clipboard/memory-clipboard';
import { createSecretClipboard } from '../../src/main/clipboard/secret-clipboard';
import type { TokenManager } from '../../src/main/token-manager';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-west-1_CopyTok1';
const CLIENT = 'copyclient1';
const ROOMY_CLIENT = 'copyclient8';
const PASSWORD = 'Copy-Pass-1!';

const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      // Tokens are due for a refresh after half their life. Two-second ones expire soon; eight-second
      // ones leave the refreshed token four seconds of being fresh, time enough on a loaded
      // machine for 20 copies and a look at what the facade holds (with 2 s, one CI run took
      // longer, and the look refreshed again).
      clients: [
        { clientId: CLIENT, tokenValiditySeconds: 2 },
        { clientId: ROOMY_CLIENT, tokenValiditySeconds: 8 },
      ],
      users: [{ username: 'copier', password: PASSWORD }],
    },
  ],
});
const double = facade.double;

async function signedInManager(
  clientId = CLIENT,
): Promise<{ manager: TokenManager; profileId: string }> {
  const { manager } = await facade.open();
  const profile = await manager.addProfile({
    name: 'copy',
    userPoolId: POOL,
    clientId,
    endpoint: double.endpoint,
    username: 'copier',
  });
  const step = await manager.signIn(profile.id, PASSWORD);
  if (step.type !== 'signed-in') throw new Error('expected tokens');
  return { manager, profileId: profile.id };
}

const refreshesOnWire = () =>
  double.requests.filter(
    (r) => r.operation === 'InitiateAuth' && r.body.AuthFlow === 'REFRESH_TOKEN_AUTH',
  ).length;

describe('copying a token', () => {
  it('refreshes a near-expiry token once on the wire for 20 copies at once, and copies the new one', async () => {
    const { manager, profileId } = await signedInManager(ROOMY_CLIENT);
    const before = (await manager.freshTokens(profileId)).idToken;
    await sleep(4_100);
    const port = new MemoryClipboard();
    const deps = {
      freshTokens: (id: string) => manager.freshTokens(id),
      clipboard: createSecretClipboard(port),
      clearAfterSeconds: () => 30,
    };
    const refreshes = refreshesOnWire();
    await Promise.all(
      Array.from({ length: 20 }, () => copyToken(deps, profileId, { kind: 'id', format: 'raw' })),
    );
    expect(refreshesOnWire() - refreshes).toBe(1);
    const after = (await manager.freshTokens(profileId)).idToken;
    expect(after).not.toBe(before);
    expect(port.text).toBe(after);
    deps.clipboard.dispose();
    manager.stop();
  });

  it('copies nothing when the due refresh fails, and says why', async () => {
    const { manager, profileId } = await signedInManager();
    await sleep(2_100);
    const port = new MemoryClipboard();
    port.text = 'what the user had';
    const clipboard = createSecretClipboard(port);
    double.faults.serverErrorNext = 10;
    try {
      const outcome = await copyToken(
        { freshTokens: (id) => manager.freshTokens(id), clipboard, clearAfterSeconds: () => 30 },
        profileId,
        { kind: 'access', format: 'header' },
      ).then(
        () => 'copied',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      expect(outcome).toBe(
        'Cognito had a server error (HTTP 500) and still failed after 3 attempts: try again later.',
      );
      expect(port.text).toBe('what the user had');
    } finally {
      double.faults.serverErrorNext = 0;
      clipboard.dispose();
      manager.stop();
    }
  });
});

// What the CLI end-to-end tests share: a real gnome-keyring on a private bus, a cognito-local with
// one pool, a temp COGNITO_TOKEN_MANAGER_HOME per journey, and a child that reads the keychain.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { SERVICE_NAME } from '../../src/main/secrets/naming';
import { startCognitoLocal, type CognitoLocal } from './cognito-local';
import { startKeyring, type KeyringSession } from './keyring';
import type { RunLog } from './leak-check';
import { ensureCliBuilt, runCli, type CliRun } from './run-cli';
import { buildVault, runVaultChild, type VaultBuild } from './vault-child';

/** How one CLI run is made. */
export interface E2eRunOptions {
  /** Extra environment (secrets named by -env flags). */
  env?: Record<string, string>;
  /** Run without DBUS_SESSION_BUS_ADDRESS: no keychain reachable. */
  noBus?: boolean;
  /** The test asked for tokens on stdout: the leak check skips this run's stdout. */
  tokensOnStdout?: boolean;
}

/** The running services and helpers of one test file. */
export interface E2eRig {
  local: CognitoLocal;
  keyring: KeyringSession;
  /** The pool id as profiles hold it (cognito-local's local_ prefix mapped to a region). */
  poolId: string;
  rawPoolId: string;
  clientId: string;
  /** A fresh, empty data folder, removed by stop(). */
  newHome(): Promise<string>;
  /** Runs `cognito-tokens ...args` against `home`, recorded in `runs`. */
  cli(runs: RunLog, home: string, args: string[], options?: E2eRunOptions): Promise<CliRun>;
  /** Reads keychain items of a profile through the vault, in a child on the keyring's bus. */
  vaultItems(profileId: string, kinds: readonly string[]): Promise<(string | null)[]>;
  stop(): Promise<void>;
}

/** cognito-local names pools local_<id>; routing is by client id, so a region-shaped alias works. */
function profilePoolId(poolId: string): string {
  return poolId.replace(/^local_/, 'us-east-1_');
}

/** Starts the keyring, cognito-local (one pool, one client) and builds the CLI and vault child. */
export async function startE2eRig(): Promise<E2eRig> {
  await ensureCliBuilt();
  const keyring = await startKeyring();
  const local = await startCognitoLocal();
  const build: VaultBuild = await buildVault();
  const rawPoolId = await local.createPool();
  const { clientId } = await local.createClient(rawPoolId);
  const homes: string[] = [];
  let runCount = 0;

  return {
    local,
    keyring,
    poolId: profilePoolId(rawPoolId),
    rawPoolId,
    clientId,
    async newHome() {
      const home = await mkdtemp(join(tmpdir(), 'ctm-e2e-home-'));
      homes.push(home);
      return home;
    },
    async cli(runs, home, args, options = {}) {
      const env: Record<string, string> = {};
      for (const [key, value] of Object.entries(keyring.env)) {
        if (value !== undefined && !(options.noBus && key === 'DBUS_SESSION_BUS_ADDRESS')) {
          env[key] = value;
        }
      }
      Object.assign(env, { COGNITO_TOKEN_MANAGER_HOME: home }, options.env);
      const run = await runCli(args, { env, timeoutMs: 30_000 });
      runCount += 1;
      const name = `run ${runCount} (${args.slice(0, 2).join(' ')})`;
      expect(run.timedOut, `${name} timed out`).toBe(false);
      return runs.record(name, run, { tokensOnStdout: options.tokensOnStdout ?? false });
    },
    async vaultItems(profileId, kinds) {
      const reply = await runVaultChild({
        build,
        env: keyring.env,
        serviceName: SERVICE_NAME,
        steps: [
          { op: 'keytar' },
          ...kinds.map((kind) => ({ op: 'get' as const, profileId, kind })),
        ],
      });
      return reply.results.slice(1).map((result) => {
        if (!result.ok) throw new Error(`vault child: ${result.error.message}`);
        return typeof result.value === 'string' ? result.value : null;
      });
    },
    async stop() {
      await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
      await build.cleanup();
      await local.stop();
      await keyring.stop();
    },
  };
}

/** The id of a profile, from `profiles list --output json`. */
export async function profileIdOf(
  rig: E2eRig,
  runs: RunLog,
  home: string,
  name: string,
): Promise<string> {
  const run = await rig.cli(runs, home, ['profiles', 'list', '--output', 'json']);
  expect(run.code, run.stderr).toBe(0);
  const listed = JSON.parse(run.stdout) as { id: string; name: string }[];
  const found = listed.find((p) => p.name === name);
  if (!found) throw new Error(`profile ${name} is not listed`);
  return found.id;
}

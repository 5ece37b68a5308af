// What the CLI process benches need before they start: a keyring (without a D-Bus session the
// bench re-runs itself under scripts/with-keyring.sh), the built CLI, and the built plain-Node
// modules that seed a data folder and the keychain.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fakeJwt } from './cli-process-timing.mjs';

const root = path.resolve(import.meta.dirname, '../..');

/** Re-runs `benchFile` under a keyring when there is no session bus; exits if the CLI is unbuilt. */
export function prepareCliBench(benchFile, label) {
  // What users run: package.json's bin.
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const cli = path.join(root, pkg.bin['cognito-tokens']);
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) {
    const wrapper = path.join(root, 'scripts/with-keyring.sh');
    const run = spawnSync(wrapper, [process.execPath, benchFile], { stdio: 'inherit' });
    process.exit(run.status ?? 1);
  }
  if (!fs.existsSync(cli)) {
    console.error(`${label} bench: ${cli} is missing; run \`npm run build:cli\` first.`);
    process.exit(1);
  }
  const require = createRequire(import.meta.url);
  const built = (file) => require(path.join(root, 'dist/cli/main', file));
  return {
    cli,
    fakeJwt,
    ...built('token-manager/index.js'),
    ...built('secrets/open-vault.js'),
    ...built('secrets/naming.js'),
    ...built('secrets/profile-store-index.js'),
    ...built('log/file-log.js'),
  };
}

/**
 * A fresh data folder (its name starting with `prefix`) holding the active profile `bench`,
 * signed in as a sign-in leaves it: ID, access and refresh tokens in the keychain, written
 * through the vault and listed in the store's index. `fields` adds profile fields and `items`
 * more keychain items. Items are removed again if the seeding fails half-way.
 */
export async function seedBenchProfile(bench, prefix, { fields = {}, items = {} } = {}) {
  const { openCliProfileStore, openTokenManager, openVault, vaultServiceName } = bench;
  const { vaultIndexFromStore, silentLog, fakeJwt } = bench;
  const home = fs.mkdtempSync(path.join(tmpdir(), prefix));
  // Development builds' keychain items: a real desktop keychain never sees release-named ones.
  const env = { ...process.env, COGNITO_TOKEN_MANAGER_HOME: home, COGNITO_TOKEN_MANAGER_DEV: '1' };
  const serviceName = vaultServiceName(true);
  const manager = await openTokenManager({ dir: home, serviceName, log: silentLog() });
  if (!manager.keychainStatus().ok) throw new Error(manager.keychainStatus().message);
  const profile = await manager.addProfile({
    name: 'bench',
    userPoolId: 'us-east-1_Bench1',
    clientId: 'benchclient1',
    username: 'bench-user',
    endpoint: 'http://127.0.0.1:9',
    ...fields,
  });
  manager.setActive(profile.id);
  const exp = Math.floor(Date.now() / 1000) + 30 * 24 * 3600;
  const common = { 'cognito:username': 'bench-user', sub: 'bench-sub', exp, iat: exp - 3600 };
  const tokens = {
    'id-token': fakeJwt({ ...common, token_use: 'id', aud: 'benchclient1' }),
    'access-token': fakeJwt({ ...common, token_use: 'access', client_id: 'benchclient1' }),
    'refresh-token': 'bench-refresh-token-not-a-real-one',
  };
  const index = vaultIndexFromStore(openCliProfileStore(home));
  const { vault } = await openVault({ serviceName, index, log: silentLog() });
  const seeded = [profile.id];
  const cleanup = async () => {
    for (const id of seeded) await vault.deleteAll(id).catch(() => 0);
    fs.rmSync(home, { recursive: true, force: true });
  };
  try {
    for (const [kind, value] of Object.entries({ ...tokens, ...items }))
      await vault.set(profile.id, kind, value);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { home, env, serviceName, manager, vault, profile, exp, tokens, seeded, cleanup };
}

// What the CLI process benches need before they start: a keyring (without a D-Bus session the
// bench re-runs itself under scripts/with-keyring.sh), the built CLI, and the built plain-Node
// modules that seed a data folder and the keychain.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';

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
    ...built('token-manager/index.js'),
    ...built('secrets/open-vault.js'),
    ...built('secrets/naming.js'),
    ...built('secrets/profile-store-index.js'),
    ...built('log/file-log.js'),
  };
}

// `npm run rebuild:keytar`, optional: rebuilds keytar, and only keytar, from source against the
// headers of the Electron in node_modules. `npm run dist` does not need it (keytar is an N-API
// module: the build `npm ci` made loads in Electron; scripts/keytar-napi-check.mjs checks that);
// it is for a keytar that a Node newer than Electron's built. It downloads those headers, so it
// runs only where Electron's header server can be reached, and needs a C++ compiler.
// `--dry-run` prints the plan as JSON and builds nothing (npm test checks the wiring with it).
import console from 'node:console';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');
const requireHere = createRequire(resolve(root, 'package.json'));

// node-gyp prefers a nodedir from npm's config (npm_config_nodedir, which .ci/run exports) to
// the headers it is asked to fetch, and would quietly build keytar against that Node instead.
const NODEDIR_VARIABLES = ['npm_config_nodedir', 'NPM_CONFIG_NODEDIR'];
delete process.env.npm_config_nodedir;
delete process.env.NPM_CONFIG_NODEDIR;

function installedElectronVersion() {
  const file = requireHere.resolve('electron/package.json');
  const version = JSON.parse(readFileSync(file, 'utf8')).version;
  if (typeof version !== 'string') throw new Error(`no version in ${file}`);
  return version;
}

const options = {
  buildPath: root,
  electronVersion: installedElectronVersion(),
  onlyModules: ['keytar'],
  // A keytar.node is already there (built for Node by npm ci): rebuild it regardless.
  force: true,
  // Compile it here rather than take a prebuilt binary from keytar's release downloads.
  buildFromSource: true,
};

if (process.argv.includes('--dry-run')) {
  const dropped = NODEDIR_VARIABLES.filter((name) => name in process.env);
  console.log(JSON.stringify({ ...options, nodedirLeft: dropped }));
} else {
  await rebuildKeepingTheOldBuild();
}

// node-gyp deletes keytar's build/ before it fetches the headers, so a failed rebuild (offline,
// no compiler) would leave no keytar.node at all and break the CLI and the tests: put it back.
async function rebuildKeepingTheOldBuild() {
  const { rebuild } = await import('@electron/rebuild');
  const build = join(dirname(requireHere.resolve('keytar/package.json')), 'build');
  const saved = mkdtempSync(join(tmpdir(), 'ctm-keytar-build-'));
  if (existsSync(build)) cpSync(build, saved, { recursive: true });
  console.log(`rebuilding keytar for Electron ${options.electronVersion}`);
  try {
    await rebuild(options);
    console.log('keytar rebuilt for Electron');
  } catch (error) {
    rmSync(build, { recursive: true, force: true });
    cpSync(saved, build, { recursive: true });
    console.error(
      `keytar was not rebuilt for Electron, its previous build is back: ${String(error)}`,
    );
    process.exitCode = 1;
  } finally {
    rmSync(saved, { recursive: true, force: true });
  }
}

// Runs before `npm start`, `npm run dev` and `npm run smoke:electron` (their pre-scripts).
// Electron 42+ has no postinstall: `npm ci` never fetches the binary, and electron-vite 6 only
// reads node_modules/electron/path.txt, throwing "Electron uninstall" when it is missing
// (electron-vite issue #904). This step installs the binary with the package's own
// `install-electron` bin when it is missing, and does nothing when it is there. It is not a
// postinstall on purpose: `npm ci` must keep working offline.
//
// Where the download cannot happen it prints one sentence saying why and what to do instead,
// and exits 1: no stack trace. `--quiet` prints nothing on success (for tests and CI).
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');
const quiet = process.argv.includes('--quiet');
const say = (line) => {
  if (!quiet) console.log(line);
};
const fail = (sentence) => {
  console.error(sentence);
  process.exit(1);
};

const INSTEAD =
  'run the window in a browser with `npm run preview`, or set ELECTRON_EXEC_PATH to an Electron binary kept elsewhere';

// A binary the user keeps elsewhere wins, as it does in electron-vite.
const execPath = process.env.ELECTRON_EXEC_PATH;
if (execPath) {
  if (!existsSync(execPath)) fail(`ELECTRON_EXEC_PATH names ${execPath}, which does not exist.`);
  say(`electron: using ${execPath} (ELECTRON_EXEC_PATH)`);
  process.exit(0);
}

let packageDir;
try {
  packageDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
} catch {
  fail('The electron package is not installed: run `npm ci` first.');
}
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/** The binary electron-vite will run, or null while path.txt or the file is missing. */
function installedBinary() {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

if (installedBinary()) process.exit(0);

say(`electron: downloading the Electron ${version} binary (once; about 100 MB)…`);
// install.js prints a stack on failure; keep it for the reason, show the user one sentence.
const install = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'pipe'],
  encoding: 'utf8',
});
const binary = installedBinary();
if (install.status === 0 && binary) {
  say(`electron: installed ${binary}`);
  process.exit(0);
}
fail(
  `Could not download the Electron ${version} binary (${firstErrorLine(install)}): check the network and try again, or ${INSTEAD}.`,
);

/** The first line of install.js's error, without the stack, as the reason. */
function firstErrorLine(run) {
  if (run.error) return run.error.message;
  const line = (run.stderr ?? '')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at '));
  if (!line) return `the installer exited with ${run.status ?? run.signal}`;
  // "TypeError: fetch failed" reads better as "fetch failed".
  const reason = line.replace(/^[A-Za-z]*Error: /, '');
  return reason.length > 160 ? `${reason.slice(0, 157)}…` : reason;
}

// The step of `npm run dist` before electron-builder: keytar is an N-API module, so the build
// `npm ci` made for Node loads in Electron as it is, with no compiler, headers or network,
// provided Electron's N-API is at least the one keytar was built for (node-gyp builds it for the
// N-API of the Node that ran npm ci). This checks that, and says what to do when it is not so.
// `--keytar-dir DIR` checks another keytar folder (the tests use it).
import console from 'node:console';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';

// Electron's N-API version per major: the N-API of the Node it embeds (Node's own "N-API version
// matrix"). Electron 45 runs Node 24, whose N-API is 10. A new Electron major needs its line.
const ELECTRON_NAPI = { 45: 10 };

const root = resolve(import.meta.dirname, '..');
const requireHere = createRequire(join(root, 'package.json'));
const flag = process.argv.indexOf('--keytar-dir');
const keytarDir =
  flag > 0
    ? resolve(process.argv[flag + 1] ?? '')
    : dirname(requireHere.resolve('keytar/package.json'));
const electron = JSON.parse(readFileSync(requireHere.resolve('electron/package.json'), 'utf8'));
const major = Number(String(electron.version).split('.')[0]);

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

const electronNapi = ELECTRON_NAPI[major];
if (electronNapi === undefined) {
  fail(
    `Electron ${electron.version}'s N-API version is not known to scripts/keytar-napi-check.mjs: add it (the N-API of the Node that Electron ${major} embeds).`,
  );
}
let config;
try {
  config = readFileSync(join(keytarDir, 'build', 'config.gypi'), 'utf8');
} catch {
  fail(
    `keytar has no build in ${keytarDir}: run npm ci (it builds keytar), then npm run dist again.`,
  );
}
const built = Number(/"napi_build_version":\s*"(\d+)"/.exec(config)?.[1]);
if (!Number.isFinite(built))
  fail(
    `keytar's build in ${keytarDir} does not say which N-API it targets: run npm rebuild keytar.`,
  );
if (built > electronNapi) {
  fail(
    `keytar was built for N-API ${built}, newer than Electron ${electron.version}'s N-API ${electronNapi}, and would crash the app: run npm ci with Node 24 (what Electron ${major} embeds), or npm run rebuild:keytar (needs a C++ compiler and the network).`,
  );
}
console.log(
  `keytar: the N-API ${built} build from npm ci loads in Electron ${electron.version} (N-API ${electronNapi}); no rebuild needed.`,
);

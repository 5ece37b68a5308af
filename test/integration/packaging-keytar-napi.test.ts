// Packaging needs no compiler: keytar is an N-API module, so the build `npm ci` made loads in
// Electron as it is. Shown here three ways: the binary exports only N-API's entry point (no
// Node-ABI-specific one); a keytar built against an older Node's headers (another ABI) loads in
// this Node; and the dist step's check accepts this build and refuses one for a newer N-API
// than Electron's, with what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/builder-config';

const KEYTAR = join(REPO, 'node_modules', 'keytar');
const BINARY = join(KEYTAR, 'build', 'Release', 'keytar.node');
const OLD_HEADERS = '/usr'; // Debian's nodejs ships Node 20's headers in /usr/include/node
const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

function nodeGyp(): string | null {
  const npm = spawnSync('npm', ['root', '-g'], { encoding: 'utf8' }).stdout.trim();
  const candidates = [
    join(npm, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
  ];
  return candidates.find((path) => existsSync(path)) ?? null;
}

function olderHeaders(): { major: number } | null {
  const version = join(OLD_HEADERS, 'include', 'node', 'node_version.h');
  if (!existsSync(version)) return null;
  const major = Number(/#define NODE_MAJOR_VERSION (\d+)/.exec(readFileSync(version, 'utf8'))?.[1]);
  return Number.isFinite(major) && major < Number(process.versions.node.split('.')[0])
    ? { major }
    : null;
}

describe("keytar's N-API build", () => {
  it('exports N-API’s entry point and no Node-ABI-specific one', () => {
    const symbols = execFileSync('nm', ['-D', '--defined-only', BINARY], { encoding: 'utf8' });
    expect(symbols).toMatch(/\bnapi_register_module_v1\b/);
    expect(symbols).not.toMatch(/\bnode_register_module_v\d+/);
  });

  const headers = olderHeaders();
  const gyp = nodeGyp();
  const skip = !headers
    ? `no older Node's headers in ${OLD_HEADERS}/include/node`
    : !gyp
      ? "npm's node-gyp was not found"
      : null;
  if (skip) console.log(`cross-ABI keytar test skipped: ${skip}`);

  it.skipIf(skip !== null)(
    `built against Node ${String(headers?.major)}'s headers, it loads in Node ${process.versions.node} (another ABI)`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'ctm-keytar-napi-'));
      temp.push(dir);
      for (const part of ['package.json', 'binding.gyp', 'src'])
        cpSync(join(KEYTAR, part), join(dir, part), { recursive: true });
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(
        dirname(require.resolve('node-addon-api/package.json')),
        join(dir, 'node_modules', 'node-addon-api'),
      );
      const env = { ...process.env, npm_config_nodedir: OLD_HEADERS };
      execFileSync(process.execPath, [gyp ?? '', 'rebuild', `--nodedir=${OLD_HEADERS}`], {
        cwd: dir,
        env,
        stdio: 'ignore',
      });
      const loaded = execFileSync(
        process.execPath,
        [
          '-p',
          `Object.keys(require(${JSON.stringify(join(dir, 'build', 'Release', 'keytar.node'))})).sort().join(',')`,
        ],
        { encoding: 'utf8' },
      ).trim();
      expect(loaded).toBe('deletePassword,findCredentials,findPassword,getPassword,setPassword');
    },
    180_000,
  );
});

describe("npm run dist's keytar check", () => {
  const check = (args: string[] = []) =>
    spawnSync(process.execPath, ['scripts/keytar-napi-check.mjs', ...args], {
      cwd: REPO,
      encoding: 'utf8',
    });

  it("accepts this checkout's build: Electron 45 has N-API 10", () => {
    const run = check();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^keytar: the N-API \d+ build from npm ci loads in Electron 45\.\d+\.\d+ \(N-API 10\); no rebuild needed\.$/m,
    );
  });

  it('refuses a build for a newer N-API than Electron’s, saying what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctm-keytar-new-'));
    temp.push(dir);
    mkdirSync(join(dir, 'build'));
    writeFileSync(
      join(dir, 'build', 'config.gypi'),
      '{ "variables": { "napi_build_version": "11" } }',
    );
    const run = check(['--keytar-dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^keytar was built for N-API 11, newer than Electron 45\.\d+\.\d+'s N-API 10, and would crash the app: run npm ci with Node 24 \(what Electron 45 embeds\), or npm run rebuild:keytar \(needs a C\+\+ compiler and the network\)\.$/,
    );
  });
});

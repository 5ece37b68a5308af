// A throwaway copy of the project's start-up wiring: package.json, the ensure-electron step and a
// node_modules whose `electron` package is a copy without its binary (as `npm ci` leaves it on
// Electron 42+), and whose every other package links to the real one. Tests run `npm start` and
// electron-vite in it without touching the repository's own node_modules/electron.
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..');
const MODULES = join(REPO, 'node_modules');
// What the electron package ships (its package.json `files`), without a dist/ or path.txt.
const ELECTRON_FILES = ['package.json', 'install.js', 'index.js', 'cli.js', 'checksums.json'];

/** A project folder shaped like a fresh `npm ci` on Electron 42+. */
export interface StartProject {
  dir: string;
  electronDir: string;
  /** Puts an executable at dist/<name> and names it in path.txt, as install.js would. */
  installBinary(name: string, script: string): string;
  remove(): Promise<void>;
}

/** Copies the start-up wiring into a temp folder; `copied` packages are copies, not links. */
export async function makeStartProject(copied: string[] = []): Promise<StartProject> {
  const dir = await mkdtemp(join(tmpdir(), 'ctm-start-'));
  copyFileSync(join(REPO, 'package.json'), join(dir, 'package.json'));
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(
    join(REPO, 'scripts', 'ensure-electron.mjs'),
    join(dir, 'scripts', 'ensure-electron.mjs'),
  );
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(MODULES)) {
    if (entry === 'electron' || entry === '.bin' || copied.includes(entry)) continue;
    symlinkSync(join(MODULES, entry), join(modules, entry));
  }
  const electronDir = join(modules, 'electron');
  mkdirSync(electronDir);
  for (const file of ELECTRON_FILES)
    copyFileSync(join(MODULES, 'electron', file), join(electronDir, file));
  for (const name of copied) copyTree(join(MODULES, name), join(modules, name));
  return {
    dir,
    electronDir,
    installBinary(name, script) {
      mkdirSync(join(electronDir, 'dist'), { recursive: true });
      const binary = join(electronDir, 'dist', name);
      writeFileSync(binary, script);
      chmodSync(binary, 0o755);
      writeFileSync(join(electronDir, 'path.txt'), name);
      return binary;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    // Its own dependencies stay links, so they resolve as they do in the repository.
    if (entry.name === 'node_modules') {
      symlinkSync(join(from, entry.name), join(to, entry.name));
    } else if (entry.isDirectory()) {
      copyTree(join(from, entry.name), join(to, entry.name));
    } else {
      copyFileSync(join(from, entry.name), join(to, entry.name));
    }
  }
}

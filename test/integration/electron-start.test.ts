// `npm start` on a fresh `npm ci`: Electron 42+ installs no binary, and electron-vite throws
// "Electron uninstall" without path.txt. The ensure-electron step in front of it either installs
// the binary or, where it cannot be downloaded, says so in one sentence.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeStartProject, type StartProject } from '../support/start-project';

let project: StartProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

/** A loopback port nothing listens on: the download fails at once, as it does offline. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function offlineEnv(cache: string): Promise<NodeJS.ProcessEnv> {
  const env = { ...process.env };
  delete env.ELECTRON_EXEC_PATH;
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  // @electron/get reads the mirror from the environment; a closed port is a network that is not there.
  env.ELECTRON_MIRROR = `http://127.0.0.1:${String(await closedPort())}/`;
  env.electron_config_cache = cache;
  return env;
}

describe('npm start on a fresh install', () => {
  it('offline: one sentence saying why and what to run instead, exit 1, no stack, no "Electron uninstall"', async () => {
    project = await makeStartProject();
    const run = spawnSync('npm', ['start'], {
      cwd: project.dir,
      env: await offlineEnv(join(project.dir, 'cache')),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const stderr = run.stderr.trim().split('\n');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^Could not download the Electron \d+\.\d+\.\d+ binary \(.+\): /);
    expect(stderr[0]).toContain('npm run preview');
    expect(stderr[0]).toContain('ELECTRON_EXEC_PATH');
    const all = `${run.stdout}${run.stderr}`;
    expect(all).not.toMatch(/^\s+at /m);
    expect(all).not.toContain('Electron uninstall');
    // electron-vite never ran: the step stopped the script before it.
    expect(all).not.toContain('electron-vite');
    expect(existsSync(join(project.electronDir, 'path.txt'))).toBe(false);
  });

  it('npm run smoke:electron stops at the same step with the same sentence', async () => {
    project = await makeStartProject();
    const run = spawnSync('npm', ['run', 'smoke:electron'], {
      cwd: project.dir,
      env: await offlineEnv(join(project.dir, 'cache')),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^Could not download the Electron \d+\.\d+\.\d+ binary \(.+\): .+npm run preview/,
    );
  });

  it('a missing ELECTRON_EXEC_PATH is named, not downloaded around', async () => {
    project = await makeStartProject();
    const env = await offlineEnv(join(project.dir, 'cache'));
    env.ELECTRON_EXEC_PATH = join(project.dir, 'no-such-electron');
    const run = spawnSync(process.execPath, ['scripts/ensure-electron.mjs'], {
      cwd: project.dir,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `ELECTRON_EXEC_PATH names ${join(project.dir, 'no-such-electron')}, which does not exist.`,
    );
  });

  it('with the binary in place the step does nothing, and electron-vite runs what path.txt names', async () => {
    // electron-vite is copied so that it resolves `electron` from this project, not the repository.
    project = await makeStartProject(['electron-vite']);
    const record = join(project.dir, 'launched.txt');
    // A stub, not Electron: it proves the wiring (which file electron-vite starts, with what),
    // never that the app runs.
    project.installBinary('electron', `#!/bin/sh\nprintf '%s\\n' "$PWD" "$@" > '${record}'\n`);
    mkdirSync(join(project.dir, 'out', 'main'), { recursive: true });
    writeFileSync(join(project.dir, 'out', 'main', 'index.js'), '');
    const env = await offlineEnv(join(project.dir, 'cache'));

    const ensure = spawnSync(process.execPath, ['scripts/ensure-electron.mjs'], {
      cwd: project.dir,
      env,
      encoding: 'utf8',
    });
    expect(ensure.status).toBe(0);
    expect(`${ensure.stdout}${ensure.stderr}`).toBe('');

    const preview = spawnSync(
      process.execPath,
      [join('node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview', '--skipBuild'],
      { cwd: project.dir, env, encoding: 'utf8', timeout: 60_000 },
    );
    expect(preview.stderr).not.toContain('Electron uninstall');
    expect(preview.status).toBe(0);
    const [cwd, ...args] = readFileSync(record, 'utf8').trim().split('\n');
    expect(cwd).toBe(project.dir);
    expect(args[0]).toBe('.');
  });
});

// Benchmark: the window in Chromium through `npm run preview`.
// 1. Preview-host start to the profile list visible (spawn to list on screen), median of 5.
//    Target: at most 1 s.
// 2. With 1,000 profiles (20 regions): the list's first render (profiles received → list
//    committed) and one keystroke in the filter (input → list committed), from the renderer's
//    performance marks, median of 5 each. Target: at most 100 ms each.
// Needs the CLI build (npm run build:cli) to import the profiles, and Chromium at
// CHROMIUM_PATH or /usr/bin/chromium. Runs without a keychain bus (the list does not need one).
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import console from 'node:console';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { createInterface } from 'node:readline';
import { REGIONS } from '../bench-support/regions.mjs';
import { benchRuns } from '../bench-support/runs.mjs';

const { runs: RUNS } = benchRuns('WINDOW_BENCH_RUNS', 5);
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist', 'bin', 'cognito-tokens.cjs');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const env = (home) => ({
  ...process.env,
  COGNITO_TOKEN_MANAGER_HOME: home,
  DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/ctm-bench',
});

function homeWith(count) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ctm-bench-window-'));
  const profiles = Array.from({ length: count }, (_, i) => ({
    name: `profile-${String(i).padStart(4, '0')}`,
    userPoolId: `${REGIONS[i % REGIONS.length]}_Pool${i % 7}`,
    clientId: `client${i}`,
    username: `user${i}@example.com`,
  }));
  const file = path.join(home, 'import.json');
  const exported = { format: 'cognito-token-manager/profiles', version: 1, profiles };
  fs.writeFileSync(file, JSON.stringify(exported));
  execFileSync(process.execPath, [cli, 'profiles', 'import', file], {
    env: env(home),
    stdio: 'ignore',
  });
  return home;
}

function startPreview(home) {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'preview.mjs')], {
    cwd: root,
    env: env(home),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^preview: (\S+)$/.exec(line);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const page = await browser.newPage();
const listVisible = () => page.getByRole('navigation', { name: 'Profiles' }).waitFor();

const small = homeWith(1);
const starts = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  const preview = startPreview(small);
  await page.goto(await preview.url);
  await listVisible();
  starts.push(performance.now() - started);
  await preview.stop();
}

const big = homeWith(1000);
const preview = startPreview(big);
const url = await preview.url;
const renders = [];
const keystrokes = [];
for (let i = 0; i < RUNS; i++) {
  await page.goto(url);
  await listVisible();
  renders.push(
    await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return at('ctm:list-rendered') - at('ctm:profiles-loaded');
    }),
  );
  await page.getByLabel('Filter profiles').press(String(i % 10));
  await page.waitForFunction(() => performance.getEntriesByName('ctm:filter').length > 0);
  keystrokes.push(
    await page.evaluate(() => performance.getEntriesByName('ctm:filter')[0].duration),
  );
}
await preview.stop();
await browser.close();
for (const dir of [small, big]) fs.rmSync(dir, { recursive: true, force: true });

const line = (label, values, target) => {
  const m = median(values);
  console.log(
    `${label}: median ${m.toFixed(1)} ms over ${values.length} runs (target ${target} ms) ${m <= target ? 'met' : 'MISSED'}`,
  );
};
line('preview start → profile list visible', starts, 1000);
line('1,000 profiles: first render of the list', renders, 100);
line('1,000 profiles: one filter keystroke', keystrokes, 100);

// `npm test`: every check in one run. Each stage runs even when an earlier one failed, so one
// run shows everything that is wrong; the last line sums them as `N passed, N failed`.
// Three lanes run side by side, since no stage of one reads what a stage of another writes: the
// static checks (each a single-threaded process), the builds and then Vitest, and Playwright once
// the builds are done. Both test runners wait on child processes, sockets and the browser much
// of the time, so on a two-core machine the lanes keep both cores busy; one stage after another
// left one idle most of the run, and Playwright behind the static checks ended last.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tmp = resolve(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const vitestJson = resolve(tmp, 'vitest-results.json');
const playwrightJson = resolve(tmp, 'playwright-results.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

/**
 * Stages by lane, in order; `counts` reads a runner's own totals (otherwise a stage counts as one
 * check), `after` names a stage of the other lane that must have ended first, and `live` lets a
 * stage write straight to the terminal (one at a time: the others' output is printed whole).
 */
const lanes = [
  [
    { name: 'typecheck', cmd: ['npx', 'tsc', '-b'] },
    { name: 'lint', cmd: ['npx', 'eslint', '.', '--max-warnings', '0'] },
    { name: 'format', cmd: ['npx', 'prettier', '--check', '.'] },
    // The rooms (.dependency-cruiser.cjs): a violation prints the rule's name.
    {
      name: 'dependency rules',
      cmd: [
        'npx',
        'depcruise',
        'src',
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'err',
      ],
    },
    // Electronegativity over src/: unlisted HIGH or MEDIUM findings fail (security/ holds the
    // reviewed baseline, each entry with its reason).
    { name: 'security gate', cmd: ['node', 'scripts/security-gate.mjs'] },
  ],
  [
    { name: 'build (app)', cmd: ['npx', 'electron-vite', 'build'] },
    { name: 'build (cli)', cmd: ['npm', 'run', 'build:cli'] },
    { name: 'vitest', cmd: ['npx', 'vitest', 'run'], live: true, counts: () => vitestCounts() },
  ],
  [
    // The web specs load the renderer and a journey runs the CLI, both built by the lane above.
    // Playwright has a lane of its own: its journeys mostly wait (on the page, the host, the
    // keyring), so it starts as soon as the builds are done instead of after the static checks.
    {
      name: 'playwright',
      cmd: ['npx', 'playwright', 'test'],
      env: { CTM_E2E_SKIP_BUILD: '1' },
      after: 'build (cli)',
      counts: () => playwrightCounts(),
    },
  ],
];

/** Ticks per second of /proc's CPU times (USER_HZ), or null where there is no getconf. */
function clockTicks() {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || null;
  } catch {
    return null;
  }
}
const TICKS = clockTicks();

/**
 * CPU seconds (user + system) of this process's reaped children and their reaped descendants,
 * from /proc/self/stat, so the summary can show what each stage cost beside its wall time on a
 * machine others share; null where /proc is missing.
 */
function cpuSecondsOfChildren() {
  if (TICKS === null) return null;
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name, which sits in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime are fields 16 and 17 of the whole line, 14 and 15 after the name.
    return (Number(fields[13]) + Number(fields[14])) / TICKS;
  } catch {
    return null;
  }
}

function vitestCounts() {
  if (!existsSync(vitestJson)) return null;
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

function playwrightCounts() {
  if (!existsSync(playwrightJson)) return null;
  const s = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats ?? {};
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: s.unexpected ?? 0,
    skipped: s.skipped ?? 0,
  };
}

const started = Date.now();
const cpuAtStart = cpuSecondsOfChildren();
let cpuSeen = cpuAtStart;
const ended = new Map();
const waiting = new Map();
const results = [];
let liveRunning = false;
const held = [];

/** Prints a finished stage's output, or holds it while a live stage owns the terminal. */
function show(text) {
  if (liveRunning) held.push(text);
  else process.stdout.write(text);
}

/** Resolves when the named stage has ended. */
function endOf(name) {
  if (ended.has(name)) return Promise.resolve();
  return new Promise((resolveEnd) => {
    waiting.set(name, [...(waiting.get(name) ?? []), resolveEnd]);
  });
}

async function runStage(stage) {
  if (stage.after) await endOf(stage.after);
  const header = `\n=== ${stage.name}: ${stage.cmd.join(' ')}\n`;
  const begun = Date.now();
  if (stage.live) {
    liveRunning = true;
    process.stdout.write(header);
  } else {
    show(`--- ${stage.name} started (its output follows when it ends)\n`);
  }
  const child = spawn(stage.cmd[0], stage.cmd.slice(1), {
    cwd: root,
    stdio: stage.live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...stage.env },
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  const status = await new Promise((resolveStatus) => {
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      resolveStatus(null);
    });
    child.on('close', (code) => resolveStatus(code));
  });
  // The children's CPU time grows when a child is reaped: what grew since is this stage's.
  const cpuNow = cpuSecondsOfChildren();
  const cpu = cpuNow === null || cpuSeen === null ? null : cpuNow - cpuSeen;
  cpuSeen = cpuNow;
  const seconds = (Date.now() - begun) / 1000;
  if (stage.live) {
    liveRunning = false;
    process.stdout.write(held.splice(0).join(''));
  } else {
    show(header + Buffer.concat(output).toString('utf8'));
  }
  let counts = stage.counts?.() ?? null;
  if (!counts)
    counts =
      status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  // A runner that exits non-zero with no failed test (a crash, a broken config) still fails.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  results.push({ stage, begun, status, seconds, cpu, counts });
  ended.set(stage.name, true);
  for (const resolveEnd of waiting.get(stage.name) ?? []) resolveEnd();
}

async function runLane(stages) {
  for (const stage of stages) await runStage(stage);
}

await Promise.all(lanes.map(runLane));

const total = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
results.sort((a, b) => a.begun - b.begun);
for (const { stage, status, seconds, cpu, counts } of results) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  const time =
    cpu === null ? `${seconds.toFixed(1)} s` : `${seconds.toFixed(1)} s, ${cpu.toFixed(1)} s CPU`;
  summary.push(
    `${status === 0 ? 'ok  ' : 'FAIL'} ${stage.name} (${time}): ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
}
const wall = (Date.now() - started) / 1000;
const cpuAll = cpuSeen === null || cpuAtStart === null ? null : cpuSeen - cpuAtStart;
summary.push(
  `all stages: ${wall.toFixed(1)} s${cpuAll === null ? '' : `, ${cpuAll.toFixed(1)} s CPU`} (two lanes side by side)`,
);
console.log(`\n${summary.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);

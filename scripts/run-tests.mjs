// `npm test`: every check in one run. Each stage runs even when an earlier one failed, so one
// run shows everything that is wrong; the last line sums them as `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tmp = resolve(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const vitestJson = resolve(tmp, 'vitest-results.json');
const playwrightJson = resolve(tmp, 'playwright-results.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

/** Stages in order; `counts` reads a runner's own totals, otherwise a stage counts as one check. */
const stages = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '-b'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  { name: 'format', cmd: ['npx', 'prettier', '--check', '.'] },
  // The rooms (.dependency-cruiser.cjs): a violation prints the rule's name.
  {
    name: 'dependency rules',
    cmd: ['npx', 'depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
  },
  // Electronegativity over src/: unlisted HIGH or MEDIUM findings fail (security/ holds the
  // reviewed baseline, each entry with its reason).
  { name: 'security gate', cmd: ['node', 'scripts/security-gate.mjs'] },
  { name: 'build (app)', cmd: ['npx', 'electron-vite', 'build'] },
  { name: 'build (cli)', cmd: ['npm', 'run', 'build:cli'] },
  { name: 'vitest', cmd: ['npx', 'vitest', 'run'], counts: () => vitestCounts() },
  // The app build stage above already built the renderer the web specs load.
  {
    name: 'playwright',
    cmd: ['npx', 'playwright', 'test'],
    env: { CTM_E2E_SKIP_BUILD: '1' },
    counts: () => playwrightCounts(),
  },
];

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

const total = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name}: ${stage.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(stage.cmd[0], stage.cmd.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...stage.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts = stage.counts?.() ?? null;
  if (!counts)
    counts =
      run.status === 0
        ? { passed: 1, failed: 0, skipped: 0 }
        : { passed: 0, failed: 1, skipped: 0 };
  // A runner that exits non-zero with no failed test (a crash, a broken config) still fails.
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  summary.push(
    `${run.status === 0 ? 'ok  ' : 'FAIL'} ${stage.name} (${seconds} s): ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
}

console.log(`\n${summary.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);

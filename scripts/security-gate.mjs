// The security gate of `npm test`: Electronegativity over src/. The tool always exits 0, so this
// reads its findings and fails on any HIGH or MEDIUM one (and any nodeIntegration one) that the
// reviewed baseline does not list with a reason, and on any file the tool could not parse.
// Usage: node scripts/security-gate.mjs [INPUT_DIR] [BASELINE_JSON] [RESULT_JSON]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const [inputArg = 'src', baselineArg = 'security/electronegativity-baseline.json', resultArg] =
  process.argv.slice(2);
const input = resolve(inputArg);
const baselinePath = resolve(baselineArg);
const resultPath = resolve(resultArg ?? resolve(root, '.tmp/electronegativity.json'));
const GATED_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
// 1.10.3 rates HIGH only a missing nodeIntegration on an Electron whose default was on; an
// explicit `nodeIntegration: true` (or a variable) comes out INFORMATIONAL, so it is gated too.
const ALWAYS_GATED = new Set(['NODE_INTEGRATION_JS_CHECK']);
const isGated = (finding) =>
  GATED_SEVERITIES.has(finding.severity) || ALWAYS_GATED.has(finding.check);

function fail(message) {
  console.error(`security gate: ${message}`);
  process.exit(1);
}

/** The baseline: [{check, file, reason}], file relative to the repo; every entry needs a reason. */
function readBaseline() {
  let entries;
  try {
    entries = JSON.parse(readFileSync(baselinePath, 'utf8'));
  } catch (error) {
    fail(`cannot read the baseline ${baselineArg}: ${error.message}`);
  }
  if (!Array.isArray(entries)) fail(`${baselineArg} must hold a JSON array of entries`);
  entries.forEach((e, i) => {
    const ok = ['check', 'file', 'reason'].every((k) => typeof e?.[k] === 'string' && e[k].trim());
    if (!ok) fail(`${baselineArg} entry ${i} needs a check, a file and a reason`);
  });
  return entries;
}

function electronVersion() {
  try {
    return createRequire(resolve(root, 'package.json'))('electron/package.json').version;
  } catch {
    return ''; // the tool then assumes an old Electron and judges by its unsafe defaults
  }
}

/** Runs the tool in a child process; its result: {checks, errors, findings}. */
function scan() {
  mkdirSync(dirname(resultPath), { recursive: true });
  rmSync(resultPath, { force: true });
  const run = spawnSync(
    process.execPath,
    [resolve(root, 'scripts/electronegativity-scan.mjs'), input, resultPath, electronVersion()],
    { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, FORCE_COLOR: '0' } },
  );
  if (run.status !== 0 || !existsSync(resultPath)) {
    const why = run.error?.message ?? `exit ${run.status}`;
    fail(`electronegativity did not finish (${why}):\n${run.stdout ?? ''}${run.stderr ?? ''}`);
  }
  return JSON.parse(readFileSync(resultPath, 'utf8'));
}

// Repo-relative with forward slashes, as the baseline names files; global checks may say "N/A".
const fileName = (file) =>
  typeof file === 'string' && file !== 'N/A' ? relative(root, file).split(sep).join('/') : 'N/A';

const baseline = readBaseline();
const summary = scan();
const findings = summary.findings.map((f) => ({ ...f, file: fileName(f.file) }));

const problems = [];
for (const e of summary.errors.filter((error) => !error.tolerable)) {
  problems.push(`PARSE_ERROR ${fileName(e.file)}: not parsed, so not checked (${e.message})`);
}
const used = new Set();
for (const f of findings.filter(isGated)) {
  const entry = baseline.find((b) => b.check === f.check && b.file === f.file);
  if (entry) used.add(entry);
  else {
    const sample = f.sample ? ` [${f.sample}]` : '';
    problems.push(`${f.severity} ${f.check} ${f.file}:${f.location} ${f.description}${sample}`);
  }
}
for (const b of baseline.filter((entry) => !used.has(entry))) {
  console.log(`security gate: note: baseline entry ${b.check} ${b.file} matches nothing now`);
}
for (const line of problems) console.error(line);
const gated = findings.filter(isGated).length;
console.log(
  `security gate: ${summary.checks} checks, ${findings.length} findings (${gated} gated, ` +
    `${used.size} baseline entries used), ${problems.length} not accepted; see ${fileName(resultPath)}`,
);
process.exit(problems.length === 0 ? 0 : 1);

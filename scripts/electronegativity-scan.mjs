// Runs Electronegativity over one folder for scripts/security-gate.mjs and writes what it found
// as JSON. Not its CSV: in 1.10.3 the header and the rows are written by two concurrent
// writeFile calls, and in about half the runs here the header overwrote the first finding.
// Usage: node scripts/electronegativity-scan.mjs INPUT_DIR RESULT_JSON [ELECTRON_VERSION]
import { writeFileSync } from 'node:fs';
import run from '@doyensec/electronegativity';

// At start the tool downloads translations. Offline on Node 24, its HTTP client (got 11) then
// throws from a retry timer ("The `onCancel` handler was attached after the promise settled",
// then the DNS error itself) as uncaught exceptions that kill the scan part-way. Only those are
// let pass, as notes; any other uncaught error still fails the scan.
const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
]);
const GOT_RETRY_BUG = 'The `onCancel` handler was attached after the promise settled.';

process.on('uncaughtException', (error) => {
  if (error?.message === GOT_RETRY_BUG || NETWORK_CODES.has(error?.code)) {
    console.error(`electronegativity-scan: ignored a failed download (offline): ${error.message}`);
    return;
  }
  console.error(error);
  process.exit(1);
});

const [input, output, electronVersion] = process.argv.slice(2);

if (!input || !output) {
  console.error('usage: electronegativity-scan.mjs INPUT_DIR RESULT_JSON [ELECTRON_VERSION]');
  process.exit(2);
}

run({
  input,
  isRelative: false,
  // The folder scanned holds no package.json to read the version from.
  electronVersionOverride: electronVersion || undefined,
  // It fetches Electron's release list from the network on every run; the pinned devDependency
  // and its updates are how Electron security fixes arrive here.
  excludeFromScan: ['availablesecurityfixesglobalcheck'],
})
  .then((result) => {
    const findings = result.issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      location: `${issue.location.line}:${issue.location.column}`,
      sample: issue.sample ?? null,
      description: issue.description,
    }));
    const checks = result.globalChecks + result.atomicChecks;
    const text = JSON.stringify({ checks, errors: result.errors, findings }, null, 2);
    writeFileSync(output, `${text}\n`);
    // Written synchronously, so nothing is lost: only the failed download's retry timers remain.
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

// A long-lived TokenManager in its own process (the app's or a CLI's role), driven over stdin:
// one JSON request a line, { id, op: 'open', options } or { id, op: 'call', method, args }, one
// JSON reply a line, { id, ok: true, value } or { id, ok: false, error: { name, code, message } }.
// It loads the CLI build (dist/cli), so libsecret binds to this process's bus, like the real ones.
import { createRequire } from 'node:module';
import process from 'node:process';
import readline from 'node:readline';

const require = createRequire(import.meta.url);
const { distDir } = JSON.parse(process.argv[2] ?? '{}');
const facade = require(`${distDir}/main/token-manager/index.js`);
const { silentLog } = require(`${distDir}/main/log/file-log.js`);
let manager = null;

async function perform(request) {
  if (request.op === 'open') {
    manager = await facade.openTokenManager({ ...request.options, log: silentLog() });
    return manager.keychainStatus();
  }
  if (request.op === 'call') {
    const method = manager[request.method];
    if (typeof method !== 'function') throw new Error(`no method ${request.method}`);
    return method.apply(manager, request.args ?? []);
  }
  throw new Error(`unknown op ${request.op}`);
}

function errorOf(error) {
  const { name, code, message } = error instanceof Error ? error : new Error(String(error));
  return { name, code: typeof code === 'string' ? code : null, message };
}

function plain(value) {
  // Errors inside results (unconfirmed, notRemoved) travel as their name, code and message.
  return JSON.parse(
    JSON.stringify(value ?? null, (_key, inner) =>
      inner instanceof Error ? errorOf(inner) : inner,
    ),
  );
}

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const request = JSON.parse(line);
  perform(request).then(
    (value) =>
      process.stdout.write(
        `${JSON.stringify({ id: request.id, ok: true, value: plain(value) })}\n`,
      ),
    (error) =>
      process.stdout.write(
        `${JSON.stringify({ id: request.id, ok: false, error: errorOf(error) })}\n`,
      ),
  );
});
lines.on('close', () => {
  manager?.stop();
  process.exit(0);
});

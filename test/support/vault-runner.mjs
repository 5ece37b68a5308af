// Runs vault operations in a fresh process, because libsecret binds to the first D-Bus session
// it sees. Reads one JSON request on stdin, prints one JSON line:
// { results: [{ ok, value } | { ok: false, error: { name, code, message } }], index, logs }.
// Request: { modulePath, serviceName, chunkBytes?, index?, steps: [{ op, ... }] } where op is
// open | probe | keytar | get | set | delete | deleteAll | raw-get | raw-set | raw-delete.
import { createRequire } from 'node:module';
import process from 'node:process';

const input = await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => (text += chunk));
  process.stdin.on('end', () => resolve(JSON.parse(text)));
});

const requireFromBuild = createRequire(input.modulePath);
const secrets = requireFromBuild(input.modulePath);
const logs = [];
const log = {
  info: (message) => logs.push(`info: ${message}`),
  warn: (message) => logs.push(`warn: ${message}`),
};
const index = new secrets.MemoryVaultIndex(input.index ?? []);
const base = { serviceName: input.serviceName, index, log };
const chunking = input.chunkBytes === undefined ? {} : { chunkBytes: input.chunkBytes };
let vault = null;
// Straight keytar, only to look at the items the vault wrote; never findCredentials.
const raw = () => requireFromBuild('keytar');

async function perform(step) {
  switch (step.op) {
    case 'open': {
      const opened = await secrets.openVault({ ...base, ...chunking, probeTimeoutMs: 10_000 });
      vault = opened.vault;
      return { status: opened.status, backend: vault.constructor.name };
    }
    case 'probe':
      return secrets.probeKeychain({ serviceName: input.serviceName, log, timeoutMs: 10_000 });
    case 'keytar':
      vault = new secrets.KeytarVault({ ...base, ...chunking, keytar: await secrets.loadKeytar() });
      return vault.constructor.name;
    case 'get':
      return vault.get(step.profileId, step.kind);
    case 'set':
      return vault.set(step.profileId, step.kind, step.value);
    case 'delete':
      return vault.delete(step.profileId, step.kind);
    case 'deleteAll':
      return vault.deleteAll(step.profileId);
    case 'raw-get':
      return raw().getPassword(input.serviceName, step.account);
    case 'raw-set':
      return raw().setPassword(input.serviceName, step.account, step.value);
    case 'raw-delete':
      return raw().deletePassword(input.serviceName, step.account);
    default:
      throw new Error(`unknown op ${step.op}`);
  }
}

const results = [];
for (const step of input.steps) {
  try {
    results.push({ ok: true, value: (await perform(step)) ?? null });
  } catch (error) {
    const { name, code, message } = error instanceof Error ? error : new Error(String(error));
    results.push({ ok: false, error: { name, code: code ?? null, message } });
  }
}
process.stdout.write(`${JSON.stringify({ results, index: index.list(), logs })}\n`);

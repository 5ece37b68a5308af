// Several processes writing at once lose no update: each child node process adds profiles and
// secret-index entries through the compiled store (CommonJS, as the CLI build emits it, loading
// the ESM-only conf through require), all starting at the same moment.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProfileStore } from '../../src/main/profiles/create-profile-store';

const root = path.resolve(__dirname, '../..');
const WORKERS = 4;
const PER_WORKER = 25;

let build: string;
let dir: string;

// Compiled as the CLI build emits it (CommonJS, `require('conf')`), file by file with
// transpileModule: fast, and other modules' work in progress cannot break this test.
beforeAll(() => {
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
  build = fs.mkdtempSync(path.join(root, '.tmp', 'profile-store-build-'));
  for (const folder of ['shared', 'main/profiles']) {
    fs.mkdirSync(path.join(build, folder), { recursive: true });
    for (const name of fs.readdirSync(path.join(root, 'src', folder))) {
      if (!name.endsWith('.ts')) continue;
      const source = fs.readFileSync(path.join(root, 'src', folder, name), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2022,
          esModuleInterop: true,
        },
      });
      fs.writeFileSync(path.join(build, folder, name.replace(/\.ts$/, '.js')), outputText);
    }
  }
  fs.writeFileSync(
    path.join(build, 'worker.cjs'),
    `const { createProfileStore } = require('./main/profiles/create-profile-store.js');
const [dir, worker, count, startAt] = process.argv.slice(2);
const store = createProfileStore({ dir, timeoutMs: 20000 });
// Everyone starts together, so the writes really overlap.
while (Date.now() < Number(startAt)) {}
for (let i = 0; i < Number(count); i += 1) {
  const p = store.add({
    name: 'w' + worker + '-' + i,
    userPoolId: 'eu-west-1_Pool' + worker,
    clientId: 'client' + worker,
    username: 'user' + i,
  });
  store.addSecretIndex(p.id, 'refresh-token');
}
`,
  );
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctm-concurrent-'));
}, 60_000);

afterAll(() => {
  fs.rmSync(build, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(worker: number, startAt: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = [path.join(build, 'worker.cjs'), dir, String(worker), String(PER_WORKER)];
    const child = spawn(process.execPath, [...args, String(startAt)], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(stderr);
      else reject(new Error(`worker ${worker} exited ${String(code)}: ${stderr}`));
    });
  });
}

describe('concurrent writers', () => {
  it(`${WORKERS} processes adding ${PER_WORKER} profiles each lose no update`, async () => {
    const startAt = Date.now() + 700;
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => run(w, startAt)));

    const store = createProfileStore({ dir });
    const profiles = store.list();
    expect(profiles).toHaveLength(WORKERS * PER_WORKER);
    expect(new Set(profiles.map((p) => p.id)).size).toBe(WORKERS * PER_WORKER);
    const expected = Array.from({ length: WORKERS }, (_, w) =>
      Array.from({ length: PER_WORKER }, (_, i) => `w${w}-${i}`),
    ).flat();
    expect(profiles.map((p) => p.name).sort()).toEqual(expected.sort());
    expect(store.listSecretIndex()).toHaveLength(WORKERS * PER_WORKER);
    expect(store.takeRecoveryNotice()).toBeUndefined();
    expect(fs.readdirSync(dir).sort()).toEqual(['profiles.json']);
  });
});

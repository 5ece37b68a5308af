// What the plain-Node facade benches share: the CLI build's modules, the strict Cognito double
// (loaded through jiti), and a TokenManager over an in-memory keytar in a temporary folder.
import console from 'node:console';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';

const root = path.resolve(import.meta.dirname, '../..');

/** Imports a module of the CLI build (dist/cli/main/...); exits with a hint when it is missing. */
export async function importBuilt(file, bench) {
  const target = path.join(root, 'dist/cli/main', file);
  if (!fs.existsSync(target)) {
    console.error(`${bench} bench: run \`npm run build:cli\` first.`);
    process.exit(1);
  }
  return import(pathToFileURL(target).href);
}

/** Starts the double with `pools` and opens a manager beside it; `close()` ends both. */
export async function startFacadeRig(pools, bench) {
  const { openTokenManager } = await importBuilt('token-manager/index.js', bench);
  const { silentLog } = await importBuilt('log/file-log.js', bench);
  const jiti = createJiti(import.meta.url);
  const { startCognitoDouble } = await jiti.import(
    path.join(root, 'test/support/cognito-double/index.ts'),
  );
  const items = new Map();
  const keytar = {
    getPassword: async (s, a) => items.get(`${s}/${a}`) ?? null,
    setPassword: async (s, a, p) => void items.set(`${s}/${a}`, p),
    deletePassword: async (s, a) => items.delete(`${s}/${a}`),
  };
  const double = await startCognitoDouble(pools);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ctm-bench-${bench}-`));
  const manager = await openTokenManager({
    dir,
    serviceName: 'ctm-bench',
    log: silentLog(),
    loadKeytar: async () => keytar,
  });
  return {
    double,
    manager,
    async close() {
      manager.stop();
      await double.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

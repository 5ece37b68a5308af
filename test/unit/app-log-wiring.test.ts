// The Electron host's IPC errors (a handler's failure, a refused sender, a payload outside the
// contract) go through the app's file log, which masks every registered secret and anything
// JWT-shaped, never raw to stdout. Electron cannot run here, so this reads the wiring in
// src/main/app: no console default left for a dispatch log, and one file log handed to the IPC
// registration, the event hub and its forwarder, and the token manager alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const APP = join(__dirname, '..', '..', 'src', 'main', 'app');
const source = (file: string) => readFileSync(join(APP, file), 'utf8');

describe("the app's log wiring", () => {
  it('gives the IPC layer no console fallback', () => {
    expect(source('ipc.ts')).not.toMatch(/DispatchLog\s*=\s*console/);
  });

  it('hands the same file log to the IPC registration and the token manager', () => {
    const index = source('index.ts');
    expect(index).toMatch(/registerIpc\([\s\S]*?appLog\(\)\s*,?\s*\)/);
    expect(index).toMatch(/setupTokenManager\(appLog\(\)\)/);
    // The one forwarder of the event hub sends through it, and the hub logs a failed listener there.
    const handlers = source('handlers.ts');
    expect(handlers).toMatch(/sendEvent\([^)]*appLog\(\)\)/);
    expect(handlers).toMatch(/serveContract\([\s\S]*?appLog\(\)\s*,?\s*\)/);
  });

  it('writes nothing to the console in the app room but through the log', () => {
    const offenders = readdirSync(APP)
      .filter((file) => file.endsWith('.ts') && file !== 'app-log.ts')
      .filter((file) => /console\.(log|info|warn|error)\(/.test(source(file)));
    expect(offenders).toEqual([]);
  });
});

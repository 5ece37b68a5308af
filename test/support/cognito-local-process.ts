// Starts and stops one cognito-local process in its own temp folder, for integration tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The fixed code cognito-local puts in every "emailed" or "texted" message (its CODE variable). */
export const COGNITO_LOCAL_CODE = '123456';

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 3_000;
/** Keep only the tail of its log: enough to explain a failed start, not a memory leak. */
const LOG_TAIL_CHARS = 8_000;

// Resolved from this file, not the cwd, so tests run from any folder. __dirname, not
// import.meta: Vitest and Playwright (which loads TypeScript as CommonJS) both provide it.
const REPO_ROOT = join(__dirname, '..', '..');
const BIN = join(REPO_ROOT, 'node_modules', '.bin', 'cognito-local');

/** A running cognito-local: where it answers, and how to end it. */
export interface CognitoLocalProcess {
  endpoint: string;
  /** The folder holding its `.cognito/` data; removed by stop(). */
  dataDir: string;
  /** Ends the process group and removes the data folder; safe to call twice. */
  stop(): Promise<void>;
}

/** Asks the OS for a free port on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        if (port > 0) resolve(port);
        else reject(new Error('could not read the free port'));
      });
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** True once GET /health answers {"ok":true}. */
async function isHealthy(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}/health`, { signal: AbortSignal.timeout(1_000) });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && 'ok' in body && body.ok === true;
  } catch {
    return false;
  }
}

/** Resolves when the child has exited (at once if it already has). */
function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
}

/** Signals the whole group: cognito-local may start helpers, and none may outlive the tests. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Starts cognito-local on a free port in a fresh temp folder and waits until it is healthy. */
export async function startCognitoLocalProcess(): Promise<CognitoLocalProcess> {
  const port = await freePort();
  const endpoint = `http://${HOST}:${port}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'cognito-local-'));
  // Written before start: otherwise every pool makes email the username, whatever CreateUserPool says.
  await mkdir(join(dataDir, '.cognito'));
  await writeFile(
    join(dataDir, '.cognito', 'config.json'),
    JSON.stringify({ UserPoolDefaults: { UsernameAttributes: [] } }),
  );

  // Its own process group (detached), so stop() can end it with everything it spawned.
  const child = spawn(process.execPath, [BIN], {
    cwd: dataDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), HOST, CODE: COGNITO_LOCAL_CODE },
  });
  let log = '';
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString('utf8')).slice(-LOG_TAIL_CHARS);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    killGroup(child, 'SIGTERM');
    const gone = await Promise.race([exited(child).then(() => true), sleep(STOP_GRACE_MS)]);
    if (!gone) {
      killGroup(child, 'SIGKILL');
      await exited(child);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (spawnError || child.exitCode !== null || child.signalCode !== null) {
      await stop();
      const why =
        spawnError?.message ?? `exited with ${String(child.exitCode ?? child.signalCode)}`;
      throw new Error(`cognito-local did not start (${why}). Its output:\n${log}`);
    }
    if (await isHealthy(endpoint)) return { endpoint, dataDir, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `cognito-local was not healthy at ${endpoint} after ${START_TIMEOUT_MS} ms. Its output:\n${log}`,
      );
    }
    await sleep(100);
  }
}

// Runs the built cognito-tokens as a child process, as a script would, and checks what it printed.
import { execFile, spawn } from 'node:child_process';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built binary, as package.json's bin names it (the rolldown bundle). */
export const CLI_ENTRY = join(ROOT, 'dist', 'bin', 'cognito-tokens.cjs');
const SOURCE_DIRS = ['src/cli', 'src/main', 'src/shared'].map((dir) => join(ROOT, dir));
const LOCK_DIR = join(ROOT, '.tmp', 'cli-build.lock');
const LOCK_WAIT_MS = 120_000;
const DEFAULT_TIMEOUT_MS = 20_000;

/** What one run printed and how it ended. */
export interface CliRun {
  /** The exit code; null when it was killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** How to run it: extra environment (the only environment, besides PATH) and stdin text. */
export interface CliRunOptions {
  env?: Record<string, string>;
  /** Written to a pipe (so stdin is never a TTY), then closed. */
  stdin?: string;
  timeoutMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

async function isStale(): Promise<boolean> {
  const built = await stat(CLI_ENTRY).catch(() => null);
  if (!built) return true;
  const sources = await Promise.all(SOURCE_DIRS.map(newestMtime));
  return Math.max(...sources) > built.mtimeMs;
}

/** Test files run in parallel workers: one tsc at a time, through a lock directory. */
async function withBuildLock(action: () => Promise<void>): Promise<void> {
  await mkdir(join(ROOT, '.tmp'), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await mkdir(LOCK_DIR);
      break;
    } catch {
      const lock = await stat(LOCK_DIR).catch(() => null);
      // A lock left by a killed run would block every later one.
      if (lock && Date.now() - lock.mtimeMs > LOCK_WAIT_MS)
        await rm(LOCK_DIR, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('Timed out waiting for another CLI build.');
      await sleep(200);
    }
  }
  try {
    await action();
  } finally {
    await rm(LOCK_DIR, { recursive: true, force: true });
  }
}

/** Builds the CLI (tsc, then the bundle) unless the bundle is newer than every source file. */
export async function ensureCliBuilt(): Promise<void> {
  await withBuildLock(async () => {
    if (!(await isStale())) return;
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    // tsc still emits when files outside the CLI have type errors; only a missing entry is fatal.
    const output = await new Promise<string>((resolve) => {
      execFile(
        process.execPath,
        [tsc, '-p', 'tsconfig.cli.json'],
        { cwd: ROOT },
        (_error, stdout) => {
          resolve(stdout);
        },
      );
    });
    const bundle = await new Promise<string>((resolve) => {
      execFile(
        process.execPath,
        [join(ROOT, 'scripts', 'build-cli.mjs')],
        { cwd: ROOT },
        (_error, stdout, stderr) => {
          resolve(`${stdout}${stderr}`);
        },
      );
    });
    if (await isStale()) throw new Error(`Building the CLI failed:\n${output}\n${bundle}`);
  });
}

/** Runs `node dist/bin/cognito-tokens.cjs ...args` with piped stdin and a clean environment. */
export function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
    cwd: ROOT,
    // No inherited AWS_* or debug settings: each test states the environment it means.
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // The CLI may exit before reading stdin; a broken pipe then is expected.
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.stdin ?? '');
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** Asserts no secret appears in either stream and no stack trace was printed. */
export function expectNoLeaks(run: CliRun, secrets: readonly string[]): void {
  for (const secret of secrets) {
    expect(run.stdout, 'a secret on stdout').not.toContain(secret);
    expect(run.stderr, 'a secret on stderr').not.toContain(secret);
  }
  expect(run.stdout + run.stderr, 'a stack trace').not.toContain('    at ');
}

/** Asserts the run failed with the exit code, one `cognito-tokens:` line on stderr, and nothing on stdout. */
export function expectFailure(run: CliRun, code: number, sentence?: RegExp): void {
  expect(run.timedOut, 'the CLI timed out').toBe(false);
  expect({ code: run.code, stdout: run.stdout }, run.stderr).toEqual({ code, stdout: '' });
  // The error line comes last but for the indented lines of detail that may follow it.
  const lines = run.stderr.trimEnd().split('\n');
  while (lines.length > 1 && lines.at(-1)?.startsWith('  ')) lines.pop();
  expect(lines.at(-1)).toMatch(/^cognito-tokens: \S/);
  if (sentence) expect(lines.at(-1)).toMatch(sentence);
}

/** The JSON document `login --output json` prints. */
export interface TokenOutput {
  idToken: string;
  accessToken: string;
  refreshToken: string | null;
  expiresAt: string;
  username: string;
}

/** The payload of a JWT, decoded without checking its signature. */
export function jwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  const payload: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  if (typeof payload !== 'object' || payload === null) throw new Error('not a JWT payload');
  return payload as Record<string, unknown>;
}

/**
 * Asserts a successful JSON run: exit 0, exactly the five keys, JWTs, an ISO expiry in the future,
 * and no token on stderr. Returns the document.
 */
export function expectTokenJson(run: CliRun): TokenOutput {
  expect({ code: run.code, timedOut: run.timedOut }, run.stderr).toEqual({
    code: 0,
    timedOut: false,
  });
  const parsed: unknown = JSON.parse(run.stdout);
  expect(Object.keys(parsed as object).sort()).toEqual(
    ['accessToken', 'expiresAt', 'idToken', 'refreshToken', 'username'].sort(),
  );
  const output = parsed as TokenOutput;
  const jwt = /^[\w-]+\.[\w-]+\.[\w-]*$/;
  expect(output.idToken).toMatch(jwt);
  expect(output.accessToken).toMatch(jwt);
  expect(output.refreshToken).toEqual(expect.any(String));
  expect(output.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(Date.parse(output.expiresAt)).toBeGreaterThan(Date.now());
  for (const token of [output.idToken, output.accessToken, output.refreshToken ?? '']) {
    expect(run.stderr, 'a token on stderr').not.toContain(token);
  }
  return output;
}

/** The stateless login's connection flags for a pool at `endpoint`, plus the given ones. */
export function loginArgs(
  poolId: string,
  endpoint: string,
  client: string,
  ...rest: string[]
): string[] {
  return ['login', '--pool-id', poolId, '--client-id', client, '--endpoint', endpoint, ...rest];
}

// `npm run preview` as a user runs it: a child process over a data folder and a keychain bus,
// whose first stdout line is `preview: <url>`. Restarting it keeps the folder and the keychain.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './repo';

/** A running preview host. */
export interface PreviewProcess {
  /** The page's address, with this run's token. */
  url: string;
  origin: string;
  token: string;
  /** What the host's in-memory clipboard holds (GET /test/clipboard). */
  clipboard(): Promise<string | null>;
  /** The managed-login pages a browser sign-in asked to open (GET /test/opened-pages). */
  openedPages(): Promise<string[]>;
  /** Everything the host printed on stderr. */
  stderr(): string;
  stop(): Promise<void>;
}

/**
 * Starts the preview host with `env` added (COGNITO_TOKEN_MANAGER_HOME, the bus address). The
 * tests read the clipboard and the opened pages, so the /test/* routes are on unless `env` says.
 */
export async function startPreviewProcess(env: NodeJS.ProcessEnv): Promise<PreviewProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'preview.mjs')], {
    cwd: REPO_ROOT,
    env: { ...process.env, CTM_PREVIEW_TEST_ROUTES: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    if (!child.stdout) throw new Error('the preview host has no stdout pipe');
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /^preview: (\S+)$/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => {
      reject(
        new Error(
          `the preview host exited with ${String(code)} before printing its URL:\n${stderr}`,
        ),
      );
    });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  return {
    url,
    origin: parsed.origin,
    token,
    async clipboard() {
      const response = await fetch(`${parsed.origin}/test/clipboard`, {
        headers: { 'x-preview-token': token },
      });
      const body = (await response.json()) as { text: string | null };
      return body.text;
    },
    async openedPages() {
      const response = await fetch(`${parsed.origin}/test/opened-pages`, {
        headers: { 'x-preview-token': token },
      });
      const body = (await response.json()) as { urls: string[] };
      return body.urls;
    },
    stderr: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

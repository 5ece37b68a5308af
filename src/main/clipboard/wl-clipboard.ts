// The clipboard through wl-clipboard's `wl-copy` and `wl-paste`, for an app running as a native
// Wayland client. A compositor may drop a clipboard write or clear from a client without focus
// (a tray copy, the shortcut, the timed clear), and Electron's readText() answers from
// Chromium's own cache, so it cannot tell. wl-copy and wl-paste are clients of their own: on
// compositors with the data-control protocol (KDE Plasma, wlroots: sway, Hyprland) they need no
// focus; on GNOME (Mutter) wl-clipboard takes focus with a transparent window for a moment.
// What they read back is what other apps will paste. The text goes through stdin, never argv.
import { spawn } from 'node:child_process';
import type { ClipboardPort, SecretMarker } from './types';

/** Where the wl-clipboard programs are, and the environment that names the Wayland display. */
export interface WlClipboardOptions {
  wlCopy: string;
  wlPaste: string;
  env: NodeJS.ProcessEnv;
  /** wl-copy 2.3+ offers `--sensitive` (x-kde-passwordManagerHint); older ones do not. */
  sensitive: boolean;
  /** How long one call may take (wl-clipboard can hang when it cannot get focus on GNOME). */
  timeoutMs?: number;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(
  program: string,
  args: string[],
  options: WlClipboardOptions,
  stdin?: string,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${program} did not answer within ${String(options.timeoutMs ?? 3000)} ms`));
    }, options.timeoutMs ?? 3000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // wl-copy forks a child that serves the selection and keeps our stdout open: the program
    // itself exiting is the answer, not the pipes closing.
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr: stderr.trim() });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin ?? '');
  });
}

function failure(program: string, result: Run): Error {
  const said = result.stderr.split('\n')[0] ?? '';
  return new Error(`${program} failed${said ? `: ${said}` : ` (exit ${String(result.code)})`}`);
}

/** A ClipboardPort over wl-copy and wl-paste. */
export function createWlClipboard(options: WlClipboardOptions): ClipboardPort {
  return {
    async writeSecret(text: string, markers: readonly SecretMarker[]) {
      const wantsHint = markers.includes('kde-password-hint');
      const args = ['--type', 'text/plain;charset=utf-8'];
      if (wantsHint && options.sensitive) args.unshift('--sensitive');
      const result = await run(options.wlCopy, args, options, text);
      if (result.code !== 0) throw failure('wl-copy', result);
      // Only the KDE hint means anything on Linux; without --sensitive it is not offered.
      return { refused: wantsHint && !options.sensitive ? ['kde-password-hint'] : [] };
    },
    async readText() {
      const result = await run(options.wlPaste, ['--no-newline', '--type', 'text'], options);
      // wl-paste exits 1 with "No selection" (or "Nothing is copied") when the clipboard is empty.
      if (result.code === 0) return result.stdout;
      if (/no selection|nothing is copied|no suitable type/i.test(result.stderr)) return '';
      throw failure('wl-paste', result);
    },
    async clear() {
      const result = await run(options.wlCopy, ['--clear'], options);
      if (result.code !== 0) throw failure('wl-copy --clear', result);
    },
  };
}

/** True when a `wl-copy --version` line names 2.3 or newer (the first with --sensitive). */
export function offersSensitive(versionOutput: string): boolean {
  const match = /wl-clipboard (\d+)\.(\d+)/.exec(versionOutput);
  if (!match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major > 2 || (major === 2 && minor >= 3);
}

/** wl-copy and wl-paste found on PATH, with what this wl-copy offers; null when either is missing. */
export async function findWlClipboard(
  env: NodeJS.ProcessEnv,
  findProgram: (name: string) => string | null,
): Promise<WlClipboardOptions | null> {
  const wlCopy = findProgram('wl-copy');
  const wlPaste = findProgram('wl-paste');
  if (!wlCopy || !wlPaste) return null;
  const options: WlClipboardOptions = { wlCopy, wlPaste, env, sensitive: false };
  const version = await run(wlCopy, ['--version'], options).catch(() => null);
  return { ...options, sensitive: offersSensitive(version?.stdout ?? '') };
}

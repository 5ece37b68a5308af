// Drives a TokenManager living in a child process (session-runner.mjs) over the CLI build: the
// real keytar on a private keyring bus, as the app or a CLI would hold it across several calls.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ensureCliBuilt } from './run-cli';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNNER = fileURLToPath(new URL('./session-runner.mjs', import.meta.url));

const reply = z.union([
  z.object({ id: z.number(), ok: z.literal(true), value: z.unknown() }),
  z.object({
    id: z.number(),
    ok: z.literal(false),
    error: z.object({ name: z.string(), code: z.string().nullable(), message: z.string() }),
  }),
]);

/** One call's outcome as the child reported it. */
export type SessionReply = z.infer<typeof reply>;

/** A TokenManager in a child process; `call` runs one of its methods there. */
export interface SessionChild {
  open(options: Record<string, unknown>): Promise<SessionReply>;
  call(method: string, ...args: unknown[]): Promise<SessionReply>;
  stop(): Promise<void>;
  stderr(): string;
}

/** Starts a child with `env` (the keyring's bus); builds the CLI first when it is stale. */
export async function startSessionChild(env: NodeJS.ProcessEnv): Promise<SessionChild> {
  await ensureCliBuilt();
  const distDir = join(ROOT, 'dist', 'cli');
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [RUNNER, JSON.stringify({ distDir })],
    { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  let buffer = '';
  let nextId = 1;
  const waiting = new Map<number, (value: SessionReply) => void>();
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const parsed = reply.parse(JSON.parse(buffer.slice(0, newline)));
      buffer = buffer.slice(newline + 1);
      waiting.get(parsed.id)?.(parsed);
      waiting.delete(parsed.id);
      newline = buffer.indexOf('\n');
    }
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const send = (request: Record<string, unknown>): Promise<SessionReply> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`session child did not answer ${JSON.stringify(request)}: ${stderr}`));
      }, 20_000);
      waiting.set(id, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
      child.stdin.write(`${JSON.stringify({ id, ...request })}\n`, (error) => {
        if (error) reject(error);
      });
      void exited.then(() => {
        reject(new Error(`session child exited: ${stderr}`));
      });
    });
  };
  return {
    open: (options) => send({ op: 'open', options }),
    call: (method, ...args) => send({ op: 'call', method, args }),
    async stop() {
      child.stdin.end();
      await exited;
    },
    stderr: () => stderr,
  };
}

/** The value of a successful reply, or an error naming what failed. */
export function replyValue(result: SessionReply): unknown {
  if (!result.ok) throw new Error(`call failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

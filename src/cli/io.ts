// The streams and environment a command sees; injected so commands run in tests without a process.
import { isatty } from 'node:tty';

/** Where a command reads and writes. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  /** Results only: tokens, help asked for. */
  stdout: NodeJS.WritableStream;
  /** Prompts, progress, warnings and errors. */
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** True when stdin is a terminal, so a person can answer prompts. */
  interactive: boolean;
  /** True when stderr is a terminal: only then may a setup key be shown (not into a file). */
  stderrIsTerminal: boolean;
}

/** The real process's streams and environment. */
export function processIo(): CliIo {
  return {
    // Getters: Node builds a stream object at first use of each, and a cached `token` reads no
    // stdin and, when all goes well, writes no stderr.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    get stderr() {
      return process.stderr;
    },
    env: process.env,
    // isatty, not stdin.isTTY: that is undefined (whatever its type says) for a pipe or a file.
    interactive: isatty(0),
    stderrIsTerminal: isatty(2),
  };
}

/** Writes one line to stderr. */
export function info(io: CliIo, line: string): void {
  io.stderr.write(`${line}\n`);
}

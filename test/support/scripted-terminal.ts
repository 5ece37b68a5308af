// A scripted "terminal" for running the CLI in process: stdin in readline's terminal mode,
// stderr watched for prompts, each answered as a person would. A real pseudo-TTY is not
// available to CI.
import { PassThrough, Writable } from 'node:stream';
import { COMMANDS } from '../../src/cli/commands/command-table';
import { runCli } from '../../src/cli/run';

const CONVERSATION_MS = 15_000;
// eslint-disable-next-line no-control-regex -- matching terminal escapes is the point
const ANSI_CSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/** One expected prompt (matched against stderr written since the last answer) and what to type. */
export type Step = [prompt: RegExp, answer: string | ((screen: string) => Promise<string>)];

/** Runs the CLI in process with a scripted terminal; returns what it printed and its exit code. */
export async function converse(
  argv: string[],
  steps: Step[],
  env: Record<string, string> = {},
  options: { stderrIsTerminal?: boolean } = {},
) {
  const stdin = new PassThrough();
  let screen = '';
  let pending = '';
  let busy = false;
  const remaining = [...steps];
  const typeNext = async (): Promise<void> => {
    const next = remaining[0];
    if (busy || !next || !next[0].test(pending)) return;
    busy = true;
    remaining.shift();
    const answer = typeof next[1] === 'string' ? next[1] : await next[1](screen);
    pending = '';
    busy = false;
    stdin.write(`${answer}\r`);
  };
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, done) {
      // Cursor moves and line clears are what a terminal would act on, not text to match.
      const text = chunk.toString('utf8').replace(ANSI_CSI, '');
      screen += text;
      pending += text;
      void typeNext();
      done();
    },
  });
  let stdout = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stdout += chunk.toString('utf8');
      done();
    },
  });
  // A prompt that never comes would hang the run: end the input, which ends any prompt waiting.
  const timer = setTimeout(() => stdin.end(), CONVERSATION_MS);
  const io = {
    stdin,
    stdout: out,
    stderr,
    env,
    interactive: true,
    stderrIsTerminal: options.stderrIsTerminal ?? true,
  };
  const code = await runCli(argv, io, COMMANDS).finally(() => {
    clearTimeout(timer);
  });
  return { code, stdout, screen, unanswered: remaining.length };
}

/** Runs the CLI in process as a script would: no terminal, the given environment. */
export async function runScripted(argv: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        append(chunk.toString('utf8'));
        done();
      },
    });
  const io = {
    stdin: new PassThrough(),
    stdout: sink((t) => (stdout += t)),
    stderr: sink((t) => (stderr += t)),
    env,
    interactive: false,
    stderrIsTerminal: false,
  };
  const code = await runCli(argv, io, COMMANDS);
  return { code, stdout, stderr };
}

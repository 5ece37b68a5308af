// Terminal prompts on stderr (stdout carries only the result), with hidden input for secrets.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliError, usageError } from './cli-error';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';

/** Asks a person for values; exists only when stdin is a terminal. */
export interface Prompter {
  /** Asks with the answer echoed (codes, attributes, choices). */
  ask(label: string): Promise<string>;
  /** Asks with the answer hidden (passwords, secrets). */
  askHidden(label: string): Promise<string>;
}

/** Forwards to a stream unless muted: readline echoes every keystroke to its output. */
class MutableOutput extends Writable {
  muted = false;

  constructor(private readonly target: NodeJS.WritableStream) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    if (!this.muted) this.target.write(chunk);
    done();
  }
}

/** One question on a fresh readline interface, so raw mode is restored between prompts. */
function question(io: CliIo, label: string, hidden: boolean): Promise<string> {
  const output = new MutableOutput(io.stderr);
  const rl = createInterface({ input: io.stdin, output, terminal: true, historySize: 0 });
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    // A visible answer is echoed with its newline by readline; every other ending needs one.
    const finish = (action: () => void, answered = false): void => {
      if (settled) return;
      settled = true;
      rl.close();
      if (hidden || !answered) io.stderr.write('\n');
      action();
    };
    rl.on('SIGINT', () => {
      finish(() => {
        reject(new CliError('Cancelled.', EXIT.cancelled));
      });
    });
    rl.on('close', () => {
      finish(() => {
        reject(usageError(`Input ended before ${label.toLowerCase()} was entered.`));
      });
    });
    // Muted before anything can be typed, and the callback set before the label shows, so even
    // type-ahead is neither echoed nor lost. The label bypasses the muted stream.
    output.muted = hidden;
    rl.question(hidden ? '' : `${label}: `, (answer) => {
      finish(() => {
        resolve(answer);
      }, true);
    });
    if (hidden) io.stderr.write(`${label}: `);
  });
}

/** A prompter for a terminal, or null when stdin is not one (scripts must pass -env flags). */
export function createPrompter(io: CliIo): Prompter | null {
  if (!io.interactive) return null;
  return {
    ask: (label) => question(io, label, false),
    askHidden: (label) => question(io, label, true),
  };
}

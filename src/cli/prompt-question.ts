// One terminal question on stderr, with the answer echoed or hidden. Its own module, loaded on
// the first question: readline and stream cost most of a tenth of Node's start-up, and commands
// that never ask (token, status, env) should not pay it.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliError, usageError } from './cli-error';
import { EXIT } from '../shared/exit-codes';
import type { CliIo } from './io';

/** Forwards to a stream unless muted: readline echoes every keystroke to its output. */
class MutableOutput extends Writable {
  muted = false;

  readonly #target: NodeJS.WritableStream;
  constructor(target: NodeJS.WritableStream) {
    super();
    this.#target = target;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    if (!this.muted) this.#target.write(chunk);
    done();
  }
}

/** One question on a fresh readline interface, so raw mode is restored between prompts. */
export function question(io: CliIo, label: string, hidden: boolean): Promise<string> {
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

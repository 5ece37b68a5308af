// A merge can leave its conflict markers inside a string, where neither the compiler nor the
// linter sees them (logout --help once printed `<<<<<<< HEAD`): no tracked file may hold one.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// Built, not written, so this file does not hold the markers it looks for.
const OURS = `${'<'.repeat(7)} `;
const THEIRS = `${'>'.repeat(7)} `;
const SPLIT = '='.repeat(7);

/** The 1-based line numbers of conflict markers in a text. */
function markerLines(text: string): number[] {
  return text.split('\n').flatMap((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const marker = line.startsWith(OURS) || line.startsWith(THEIRS) || line === SPLIT;
    return marker ? [i + 1] : [];
  });
}

describe('merge-conflict markers', () => {
  it('are found at the start of a line, and nowhere else', () => {
    const text = [
      'const help = `Usage',
      `${OURS}HEAD`,
      '  --global',
      SPLIT,
      '  --browser',
      `${THEIRS}devices`,
      '`;',
      `x ${OURS}inside a line`,
      `${SPLIT}=`,
      `${SPLIT}\r`,
    ].join('\n');
    expect(markerLines(text)).toEqual([2, 4, 6, 10]);
  });

  it('are in no tracked file', () => {
    const listed = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
    expect(listed.status, listed.stderr).toBe(0);
    const found = listed.stdout
      .split('\0')
      .filter(Boolean)
      .flatMap((file) => {
        let bytes: Buffer;
        try {
          bytes = readFileSync(resolve(root, file));
        } catch {
          return []; // deleted in the working tree, not yet committed
        }
        if (bytes.includes(0)) return []; // binary: images, fonts
        return markerLines(bytes.toString('utf8')).map((line) => `${file}:${String(line)}`);
      });
    expect(found).toEqual([]);
  });
});

// Reads the object literal out of an aws-exports.js file (`const awsmobile = {...}; export
// default awsmobile;`) without running it: a small tokenizer rewrites the literal as JSON
// (quotes keys, turns 'single' into "double" quotes, drops comments and trailing commas) and
// refuses anything that is code rather than data.

const START =
  /(?:\b(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*=|\bexport\s+default|\bmodule\.exports\s*=)\s*\{/;
const WORD = /[A-Za-z_$][\w$]*/y;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/** Why a literal could not be read: what was found and on which line. */
export class LiteralError extends Error {
  override readonly name = 'LiteralError';
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Reads a quoted string starting at `start`; returns its value and the index after it. */
function readString(source: string, start: number): [string, number] {
  const quote = source.charAt(start);
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === quote) return [value, i + 1];
    if (c === '\n') break;
    if (c !== '\\') {
      value += c;
      i += 1;
      continue;
    }
    const e = source.charAt(i + 1);
    const hex =
      e === 'u' ? source.slice(i + 2, i + 6) : e === 'x' ? source.slice(i + 2, i + 4) : '';
    if (hex !== '' && /^[0-9a-fA-F]+$/.test(hex)) {
      value += String.fromCharCode(parseInt(hex, 16));
      i += 2 + hex.length;
    } else {
      value += e === '\n' ? '' : (ESCAPES[e] ?? e);
      i += 2;
    }
  }
  throw new LiteralError(`an unclosed string on line ${lineOf(source, start)}`);
}

function nextNonSpace(source: string, from: number): string {
  const rest = /\S/.exec(source.slice(from, from + 200));
  return rest?.[0] ?? '';
}

/** Rewrites the literal opening at `start` as JSON text. */
function toJson(source: string, start: number): string {
  let out = '';
  let depth = 0;
  let i = start;
  const refuse = (what: string) => new LiteralError(`${what} on line ${lineOf(source, i)}`);
  while (i < source.length) {
    const c = source.charAt(i);
    if (/\s/.test(c) || c === ',' || c === ':') {
      out += c;
      i += 1;
    } else if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) throw refuse('an unclosed comment');
      i = end + 2;
    } else if (c === '"' || c === "'") {
      const [value, next] = readString(source, i);
      out += JSON.stringify(value);
      i = next;
    } else if (c === '{' || c === '[') {
      depth += 1;
      out += c;
      i += 1;
    } else if (c === '}' || c === ']') {
      out = out.replace(/,\s*$/, ''); // JSON has no trailing commas
      out += c;
      depth -= 1;
      i += 1;
      if (depth === 0) return out;
    } else {
      WORD.lastIndex = i;
      NUMBER.lastIndex = i;
      const word = WORD.exec(source)?.[0];
      const number = word === undefined ? NUMBER.exec(source)?.[0] : undefined;
      if (word !== undefined && ['true', 'false', 'null'].includes(word)) out += word;
      else if (word !== undefined && nextNonSpace(source, i + word.length) === ':')
        out += JSON.stringify(word);
      else if (word !== undefined) throw refuse(`the expression ${word}`);
      else if (number !== undefined) out += String(Number(number));
      else throw refuse(c === '`' ? 'a template string' : `the character ${JSON.stringify(c)}`);
      i += (word ?? number ?? '').length;
    }
  }
  throw refuse('an object that is never closed');
}

/** The data of the first `const x = {...}`, `export default {...}` or `module.exports = {...}` in `source`. */
export function parseJsObjectLiteral(source: string): unknown {
  const match = START.exec(source);
  if (!match) throw new LiteralError('no `const awsmobile = {...}` object');
  const json = toJson(source, match.index + match[0].length - 1);
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new LiteralError('an object literal that is not plain data');
  }
}

// The variables as text for each place people put them: a POSIX shell, fish, PowerShell, cmd, a
// .env file, or one JSON object. Each quoting keeps every value literal (nothing expands).
import { shellQuote } from '../shared/token-text';
import { CliError } from './cli-error';
import type { Variable } from './session-variables';

/** Every --format `env` takes; sh is the default. */
export const ENV_FORMATS = ['sh', 'fish', 'powershell', 'cmd', 'dotenv', 'json'] as const;
/** One output format of `env`. */
export type EnvFormat = (typeof ENV_FORMATS)[number];

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** fish: single quotes, where only \ and ' are escaped. */
function fishQuote(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/** PowerShell: a verbatim single-quoted string, ' doubled. */
function powershellQuote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** cmd has no quoting that keeps % ! " and line breaks literal everywhere: such values are refused. */
function cmdLine(name: string, value: string): string {
  if (/["%!\r\n]/.test(value)) {
    throw new CliError(
      `The value of ${name} has a character cmd cannot keep literal (" % ! or a line break); use --format powershell.`,
    );
  }
  return `set "${name}=${value}"`;
}

/** dotenv: single quotes keep a value literal; one holding ' gets double quotes or backticks. */
function dotenvQuote(name: string, value: string): string {
  for (const quote of [`'`, '"', '`']) {
    if (!value.includes(quote) && !value.includes('\n')) return `${quote}${value}${quote}`;
  }
  throw new CliError(
    `The value of ${name} has every kind of quote or a line break, which a .env file cannot hold literally; use --format json.`,
  );
}

function line(format: Exclude<EnvFormat, 'json'>, [name, value]: Variable): string {
  switch (format) {
    case 'sh':
      return `export ${name}=${shellQuote(value)}`;
    case 'fish':
      return `set -gx ${name} ${fishQuote(value)}`;
    case 'powershell':
      return `$Env:${name} = ${powershellQuote(value)}`;
    case 'cmd':
      return cmdLine(name, value);
    case 'dotenv':
      return `${name}=${dotenvQuote(name, value)}`;
  }
}

/** The variables in a format, newline-terminated (cmd lines end in CRLF). */
export function formatVariables(variables: readonly Variable[], format: EnvFormat): string {
  for (const [name] of variables) {
    if (!NAME.test(name)) throw new RangeError(`${name} is not a variable name.`);
  }
  if (format === 'json') return `${JSON.stringify(Object.fromEntries(variables), null, 2)}\n`;
  const end = format === 'cmd' ? '\r\n' : '\n';
  return variables.map((variable) => `${line(format, variable)}${end}`).join('');
}

/** --format as a format; sh when not given. */
export function parseEnvFormat(value: string | undefined): EnvFormat {
  if (value === undefined) return 'sh';
  const format = ENV_FORMATS.find((f) => f === value.trim().toLowerCase());
  if (format) return format;
  throw new CliError(`--format must be one of ${ENV_FORMATS.join(', ')}.`);
}

// Flag parsing over node:util parseArgs, with sentences of our own: Node's messages can echo a
// mistyped value, and a mistyped value may be a password.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './cli-error';

/** The flag table of one command, as parseArgs takes it. */
export type FlagTable = NonNullable<ParseArgsConfig['options']>;

/** Secret-carrying flags people try first, and the safe flag to use instead. */
const SECRET_FLAGS: Record<string, string> = {
  password: '--password-env',
  'client-secret': '--client-secret-env or --client-secret-prompt',
  'new-password': '--new-password-env',
  'mfa-code': '--mfa-code-env',
  code: '--mfa-code-env',
  secret: '--client-secret-env or --client-secret-prompt',
};

function rejectSecretFlag(command: string, name: string): never {
  const instead = SECRET_FLAGS[name];
  if (instead === undefined) {
    throw usageError(
      `Unknown flag --${name}; run "cognito-tokens ${command} --help" to see the flags.`,
    );
  }
  throw usageError(
    `--${name} is not accepted because command lines are visible to other users and kept in shell history; use ${instead} instead.`,
  );
}

/** Checks every token and throws a CliError naming the flag (never its value) on the first problem. */
function checkTokens(command: string, argv: string[], table: FlagTable, maxPositionals = 0): void {
  let positionals = 0;
  const { tokens } = parseArgs({
    args: argv,
    options: table,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional' && ++positionals <= maxPositionals) continue;
    if (token.kind === 'positional') {
      if (maxPositionals > 0) {
        throw usageError(
          `Too many arguments; ${command} takes at most ${maxPositionals}. Run "cognito-tokens ${command} --help" for usage.`,
        );
      }
      throw usageError(
        `Unexpected argument in position ${token.index + 1}; ${command} takes only flags, each value right after its flag.`,
      );
    }
    if (token.kind !== 'option') continue;
    const spec = table[token.name];
    const flag = token.rawName;
    if (spec === undefined) {
      if (token.rawName.startsWith('--')) rejectSecretFlag(command, token.name);
      throw usageError(
        `Unknown flag ${flag}; run "cognito-tokens ${command} --help" to see the flags.`,
      );
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw usageError(`${flag} takes no value.`);
    }
    if (spec.type === 'string') {
      if (token.value === undefined) throw usageError(`${flag} needs a value.`);
      // parseArgs in loose mode swallows the next flag as this one's value.
      if (!token.inlineValue && token.value.startsWith('-')) {
        throw usageError(
          `${flag} needs a value but is followed by another flag; write ${flag}=VALUE if the value starts with a dash.`,
        );
      }
    }
  }
}

/** Parses a command's argv against its flag table; every failure is a CliError (exit 2). */
export function parseFlags<T extends FlagTable>(
  command: string,
  argv: string[],
  table: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true }>>['values'] {
  checkTokens(command, argv, table);
  try {
    return parseArgs({ args: argv, options: table, strict: true }).values;
  } catch {
    // checkTokens covers every case parseArgs rejects; this is a safety net without its message.
    throw usageError(
      `The flags could not be read; run "cognito-tokens ${command} --help" to see the usage.`,
    );
  }
}

/** Flags and up to `maxPositionals` plain arguments (a profile name, a file), in order. */
export function parseFlagsAndArgs<T extends FlagTable>(
  command: string,
  argv: string[],
  table: T,
  maxPositionals: number,
): {
  flags: ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true }>>['values'];
  args: string[];
} {
  checkTokens(command, argv, table, maxPositionals);
  try {
    const parsed = parseArgs({ args: argv, options: table, strict: true, allowPositionals: true });
    return { flags: parsed.values, args: parsed.positionals };
  } catch {
    throw usageError(
      `The arguments could not be read; run "cognito-tokens ${command} --help" to see the usage.`,
    );
  }
}

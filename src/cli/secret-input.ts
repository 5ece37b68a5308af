// Secrets come from an environment variable a flag names, or a hidden prompt: never from argv.
import { usageError } from './cli-error';
import type { CliIo } from './io';
import type { Prompter } from './prompt';
import type { SecretRegistry } from '../main/log/scrub';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names as people write them for variables (CT_PASSWORD): safe to print back. */
const CONVENTIONAL_ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
/** Attempts at typing a new password twice the same before giving up. */
const CONFIRM_ATTEMPTS = 3;

/** Where one secret may come from. */
export interface SecretSource {
  /** The flag that names the environment variable, e.g. "--password-env". */
  envFlag: string;
  /** The variable name given to that flag, if any. */
  envName: string | undefined;
  /** What to call it in prompts and sentences, e.g. "Password". */
  label: string;
}

/** Checks that an -env flag holds a variable name; the message never repeats the value. */
export function checkEnvName(flag: string, name: string | undefined): void {
  if (name !== undefined && !ENV_NAME.test(name)) {
    throw usageError(
      `${flag} takes the name of an environment variable (such as CT_SECRET), not the value itself.`,
    );
  }
}

/** Reads the variable an -env flag names; undefined when no flag was given. */
export function readEnvSecret(
  io: CliIo,
  source: SecretSource,
  secrets: SecretRegistry,
): string | undefined {
  if (source.envName === undefined) return undefined;
  const value = io.env[source.envName];
  if (value === undefined || value === '') {
    // A conventional name (upper case) is named back; anything else may be a secret pasted where
    // the name belongs, so it is not repeated.
    throw usageError(
      CONVENTIONAL_ENV_NAME.test(source.envName)
        ? `The environment variable ${source.envName} (named by ${source.envFlag}) is not set or is empty.`
        : `The environment variable named by ${source.envFlag} is not set or is empty; give it the variable's name (such as CT_PASSWORD), not the value.`,
    );
  }
  secrets.add(value);
  return value;
}

/** The sentence for a secret that is needed while nobody is at a terminal to type it. */
export function noTerminal(what: string, flag: string): Error {
  return usageError(
    `stdin is not a terminal, so the ${what} cannot be prompted for; pass ${flag} VAR naming an environment variable that holds it.`,
  );
}

/** Reads a secret from its environment variable, else from a hidden prompt. */
export async function readSecret(
  io: CliIo,
  source: SecretSource,
  prompter: Prompter | null,
  secrets: SecretRegistry,
): Promise<string> {
  const fromEnv = readEnvSecret(io, source, secrets);
  if (fromEnv !== undefined) return fromEnv;
  if (!prompter) throw noTerminal(source.label.toLowerCase(), source.envFlag);
  for (;;) {
    const value = await prompter.askHidden(source.label);
    secrets.add(value);
    if (value !== '') return value;
    io.stderr.write(`${source.label} cannot be empty.\n`);
  }
}

/** Asks for a new password twice and accepts it once both entries match. */
export async function askNewPassword(
  io: CliIo,
  label: string,
  prompter: Prompter,
  secrets: SecretRegistry,
): Promise<string> {
  for (let attempt = 1; attempt <= CONFIRM_ATTEMPTS; attempt++) {
    const first = await prompter.askHidden(label);
    secrets.add(first);
    if (first === '') {
      io.stderr.write(`${label} cannot be empty.\n`);
      continue;
    }
    const second = await prompter.askHidden(`${label} (again)`);
    secrets.add(second);
    if (first === second) return first;
    io.stderr.write('The two entries differ; try again.\n');
  }
  throw usageError(`The ${label.toLowerCase()} was not confirmed after ${CONFIRM_ATTEMPTS} tries.`);
}

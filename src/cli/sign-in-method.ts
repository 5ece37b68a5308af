// The choice flow's SELECT_CHALLENGE at the terminal: pick one of the methods Cognito lists (by
// number or name), and read the password only once a password method is picked, so a passwordless
// sign-in never asks for it.
import type { SecretRegistry } from '../main/log/scrub';
import { usageError } from './cli-error';
import { info, type CliIo } from './io';
import type { Prompter } from './prompt';
import { readSecret, type SecretSource } from './secret-input';

/** What picking a method needs from the command line. */
export interface MethodInputs {
  io: CliIo;
  prompter: Prompter | null;
  secrets: SecretRegistry;
  /** --preferred-challenge: Cognito skips the choice when it can; here only when it could not. */
  preferred: string | undefined;
  /** Where the password comes from when a password method is picked; absent when one was given. */
  password: SecretSource | undefined;
}

/** Plain words for each method, shown beside its name. */
const DESCRIPTIONS: Record<string, string> = {
  EMAIL_OTP: 'a code by email',
  SMS_OTP: 'a code by SMS',
  PASSWORD: 'the password',
  PASSWORD_SRP: 'the password, proven with SRP (never sent)',
};

/** The method picked among `options`; a script without a terminal must have named one. */
export async function pickMethod(inputs: MethodInputs, options: string[]): Promise<string> {
  const { io, prompter, preferred } = inputs;
  if (!prompter) {
    const offered = options.join(', ');
    throw usageError(
      preferred === undefined
        ? `Cognito asks to choose a sign-in method; pass --preferred-challenge with one of ${offered}.`
        : `--preferred-challenge ${preferred} is not offered to this user; choose one of ${offered}.`,
    );
  }
  if (preferred !== undefined) info(io, `${preferred} is not offered to this user.`);
  options.forEach((option, i) => {
    const words = DESCRIPTIONS[option];
    info(io, `  ${i + 1}) ${option}${words ? ` (${words})` : ''}`);
  });
  for (;;) {
    const answer = (await prompter.ask(`Sign-in method [1-${options.length}]`)).trim();
    const picked =
      options[Number(answer) - 1] ?? options.find((option) => option === answer.toUpperCase());
    if (picked !== undefined) return picked;
    info(io, `Enter a number from 1 to ${options.length}.`);
  }
}

/** The `password` answer a password method needs, read now; empty for a code method. */
export async function passwordForMethod(
  inputs: MethodInputs,
  method: string | undefined,
): Promise<Record<string, string>> {
  if ((method !== 'PASSWORD' && method !== 'PASSWORD_SRP') || !inputs.password) return {};
  return {
    password: await readSecret(inputs.io, inputs.password, inputs.prompter, inputs.secrets),
  };
}

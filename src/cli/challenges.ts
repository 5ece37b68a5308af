// Answers each challenge the engine returns: from flags and environment first, else by asking.
import type { AuthStep, ChallengeField, ChallengeStep, SignedInStep } from '../shared/auth';
import { CliError, usageError } from './cli-error';
import { EXIT } from '../shared/exit-codes';
import { info, type CliIo } from './io';
import { retryWhileRefused } from './retry-answer';
import type { Prompter } from './prompt';
import type { SecretRegistry } from '../main/log/scrub';
import { askNewPassword, noTerminal, readEnvSecret, type SecretSource } from './secret-input';
import { passwordForMethod, pickMethod, type MethodInputs } from './sign-in-method';

/** What a script supplied up front for challenges that may come. */
export interface ChallengeInputs {
  newPassword: SecretSource;
  mfaCode: SecretSource;
  /** --mfa-type: the answer to a 'choice' field. */
  mfaType: string | undefined;
  /** --attribute name=value pairs. */
  attributes: Map<string, string>;
  /** --show-setup-uri: print an authenticator's setup key even when stderr is not a terminal. */
  showSetupUri: boolean;
  /** The choice flow: where the password comes from if a password method is picked (none: given). */
  password?: SecretSource | undefined;
  /** --preferred-challenge as typed, for the sentence when Cognito could not honour it. */
  preferredChallenge?: string | undefined;
}

/** Everything answering a challenge needs. */
export interface ChallengeContext {
  io: CliIo;
  prompter: Prompter | null;
  secrets: SecretRegistry;
  inputs: ChallengeInputs;
  /** Attribute names Cognito asked for, to warn about --attribute flags nobody used. */
  askedAttributes: Set<string>;
}

async function answerChoice(ctx: ChallengeContext, field: ChallengeField): Promise<string> {
  const options = field.options ?? [];
  const given = ctx.inputs.mfaType;
  if (given !== undefined) {
    if (options.length === 0 || options.includes(given)) return given;
    throw usageError(
      `--mfa-type ${given} is not offered here; choose one of ${options.join(', ')}.`,
    );
  }
  if (!ctx.prompter)
    throw usageError(
      `Cognito asks to choose an MFA method; pass --mfa-type with one of ${options.join(', ')}.`,
    );
  options.forEach((option, i) => {
    info(ctx.io, `  ${i + 1}) ${option}`);
  });
  for (;;) {
    const answer = (await ctx.prompter.ask(`${field.label} [1-${options.length}]`)).trim();
    const picked = options[Number(answer) - 1] ?? options.find((option) => option === answer);
    if (picked !== undefined) return picked;
    info(ctx.io, `Enter a number from 1 to ${options.length}.`);
  }
}

async function answerAttribute(
  ctx: ChallengeContext,
  field: ChallengeField,
): Promise<string | undefined> {
  const given = ctx.inputs.attributes.get(field.name);
  ctx.askedAttributes.add(field.name);
  if (given !== undefined) return given;
  if (!ctx.prompter) {
    if (!field.required) return undefined;
    throw usageError(
      `Cognito asks for the attribute ${field.name}; pass --attribute ${field.name}=VALUE.`,
    );
  }
  const label = field.required ? field.label : `${field.label} (optional, Enter to skip)`;
  for (;;) {
    const answer = (await ctx.prompter.ask(label)).trim();
    if (answer !== '') return answer;
    if (!field.required) return undefined;
    info(ctx.io, `${field.label} is required.`);
  }
}

async function answerCode(ctx: ChallengeContext, field: ChallengeField): Promise<string> {
  const given = readEnvSecret(ctx.io, ctx.inputs.mfaCode, ctx.secrets);
  if (given !== undefined) return given.trim();
  if (!ctx.prompter) throw noTerminal(field.label.toLowerCase(), ctx.inputs.mfaCode.envFlag);
  for (;;) {
    const answer = (await ctx.prompter.ask(field.label)).trim();
    ctx.secrets.add(answer);
    if (answer !== '') return answer;
  }
}

async function answerField(
  ctx: ChallengeContext,
  field: ChallengeField,
): Promise<string | undefined> {
  switch (field.kind) {
    case 'new-password': {
      const given = readEnvSecret(ctx.io, ctx.inputs.newPassword, ctx.secrets);
      if (given !== undefined) return given;
      if (!ctx.prompter)
        throw noTerminal(field.label.toLowerCase(), ctx.inputs.newPassword.envFlag);
      return askNewPassword(ctx.io, field.label, ctx.prompter, ctx.secrets);
    }
    case 'code':
      return answerCode(ctx, field);
    case 'choice':
      return field.name === 'method'
        ? pickMethod(methodInputs(ctx), field.options ?? [])
        : answerChoice(ctx, field);
    case 'attribute':
      return answerAttribute(ctx, field);
  }
}

/** The base32 secret inside an otpauth:// URI, so it is masked wherever it might reappear. */
function totpSecretOf(uri: string): string | undefined {
  try {
    return new URL(uri).searchParams.get('secret') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Shows the challenge on stderr and collects an answer for each of its fields. */
export async function answerChallenge(
  ctx: ChallengeContext,
  step: ChallengeStep,
): Promise<Record<string, string>> {
  if (step.otpauthUri !== undefined) {
    ctx.secrets.add(step.otpauthUri);
    ctx.secrets.add(totpSecretOf(step.otpauthUri));
    // The URI holds the TOTP secret: show it only to a person, never to a script's log.
    if (!ctx.prompter) {
      throw usageError(
        'Cognito asks to set up an authenticator app; run login in a terminal once to see the setup key.',
      );
    }
    // stderr redirected to a file or a log: the key would be kept there, so it is withheld.
    if (!ctx.io.stderrIsTerminal && !ctx.inputs.showSetupUri) {
      throw usageError(
        'Cognito asks to set up an authenticator app, but its setup key is withheld because stderr is not a terminal (it would be kept in a file or a log); run login at a terminal, or add --show-setup-uri to print it anyway.',
      );
    }
  }
  info(ctx.io, step.prompt);
  if (step.destination && !step.prompt.includes(step.destination)) {
    info(ctx.io, `The code was sent to ${step.destination}.`);
  }
  // The engine's prompt says what to do with the URI.
  if (step.otpauthUri !== undefined) info(ctx.io, `  ${step.otpauthUri}`);
  const answers: Record<string, string> = {};
  for (const field of step.fields) {
    const value = await answerField(ctx, field);
    if (value !== undefined) answers[field.name] = value;
  }
  if (step.challenge !== 'SELECT_CHALLENGE') return answers;
  return { ...answers, ...(await passwordForMethod(methodInputs(ctx), answers.method)) };
}

function methodInputs(ctx: ChallengeContext): MethodInputs {
  const { io, prompter, secrets, inputs } = ctx;
  return { io, prompter, secrets, preferred: inputs.preferredChallenge, password: inputs.password };
}

/** More steps than any real sign-in takes (new password, MFA setup, MFA): a loop guard. */
const MAX_STEPS = 10;

/** Answers challenges until Cognito hands out tokens; `respond` sends one set of answers. */
export async function walkChallenges(
  ctx: ChallengeContext,
  first: AuthStep,
  respond: (answers: Record<string, string>) => Promise<AuthStep>,
): Promise<SignedInStep> {
  let step = first;
  for (let count = 0; step.type === 'challenge'; count++) {
    if (count >= MAX_STEPS) {
      throw new CliError('Cognito kept asking for more after too many steps.', EXIT.rejected);
    }
    const challenge = step;
    let answers = await answerChallenge(ctx, challenge);
    step = await retryWhileRefused(ctx.io, RETRIED, typedByAPerson(ctx), async (refused) => {
      // Cognito's session is still good: ask again only for what it refused.
      if (refused) answers = { ...answers, ...(await reanswer(ctx, challenge, refused)) };
      return respond(answers);
    });
  }
  return step;
}

/** Refusals a person can fix by typing the answer again. */
const RETRIED = ['invalid-password', 'code-mismatch'] as const;

/** True when answers come from the terminal; a script's -env values are never asked again. */
function typedByAPerson(ctx: ChallengeContext): boolean {
  return (
    ctx.prompter !== null &&
    ctx.inputs.newPassword.envName === undefined &&
    ctx.inputs.mfaCode.envName === undefined
  );
}

/** Asks again for the fields a refusal concerns: the new password, or the code. */
async function reanswer(
  ctx: ChallengeContext,
  step: ChallengeStep,
  refused: (typeof RETRIED)[number],
): Promise<Record<string, string>> {
  const kind = refused === 'invalid-password' ? 'new-password' : 'code';
  const answers: Record<string, string> = {};
  for (const field of step.fields.filter((f) => f.kind === kind)) {
    const value = await answerField(ctx, field);
    if (value !== undefined) answers[field.name] = value;
  }
  return answers;
}

// Terminal prompts on stderr (stdout carries only the result), with hidden input for secrets.
import type { CliIo } from './io';

/** Asks a person for values; exists only when stdin is a terminal. */
export interface Prompter {
  /** Asks with the answer echoed (codes, attributes, choices). */
  ask(label: string): Promise<string>;
  /** Asks with the answer hidden (passwords, secrets). */
  askHidden(label: string): Promise<string>;
}

/** Asks one question, loading the terminal code on first use. */
async function ask(io: CliIo, label: string, hidden: boolean): Promise<string> {
  const { question } = await import('./prompt-question.js');
  return question(io, label, hidden);
}

/** A prompter for a terminal, or null when stdin is not one (scripts must pass -env flags). */
export function createPrompter(io: CliIo): Prompter | null {
  if (!io.interactive) return null;
  return {
    ask: (label) => ask(io, label, false),
    askHidden: (label) => ask(io, label, true),
  };
}

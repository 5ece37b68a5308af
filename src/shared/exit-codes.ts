// Exit codes are part of the CLI's contract with scripts: keep them stable.

/** Every exit code cognito-tokens uses. */
export const EXIT = {
  /** Signed in (or help printed). */
  ok: 0,
  /** Something unexpected broke; COGNITO_TOKENS_DEBUG=1 shows details. */
  unexpected: 1,
  /** Bad input: arguments, missing values, validation. */
  input: 2,
  /** Cognito said no: wrong password, unknown client, bad code. */
  rejected: 3,
  /** Cognito could not be reached, timed out or failed on its side. */
  network: 4,
  /** The user pressed Ctrl-C at a prompt (128 + SIGINT, as shells do). */
  cancelled: 130,
} as const;

/** One of the values of EXIT. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

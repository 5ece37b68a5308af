// The only thing written to stdout: the tokens, as JSON or one bare token for $(...).
import type { TokenSet } from '../shared/auth';
import { NO_ID_TOKEN } from '../shared/token-text';
import { CliError } from './cli-error';
import { EXIT } from '../shared/exit-codes';

/** Which token --print writes. */
export type TokenChoice = 'id' | 'access' | 'refresh';

/** How the result is written. */
export type OutputMode = { kind: 'json' } | { kind: 'print'; token: TokenChoice };

/** The JSON document --output json writes; keys are part of the CLI's contract. */
export interface TokenOutput {
  /** null for app client credentials (M2M), which give no ID token. */
  idToken: string | null;
  accessToken: string;
  refreshToken: string | null;
  /** ISO 8601, UTC. */
  expiresAt: string;
  username: string;
}

/** Turns engine tokens into the stable output document. */
export function toTokenOutput(tokens: TokenSet): TokenOutput {
  return {
    idToken: tokens.idToken ?? null,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken ?? null,
    expiresAt: new Date(tokens.expiresAt).toISOString(),
    username: tokens.username,
  };
}

function pick(tokens: TokenSet, choice: TokenChoice): string {
  switch (choice) {
    case 'id':
      if (tokens.idToken === undefined) throw new CliError(NO_ID_TOKEN, EXIT.rejected);
      return tokens.idToken;
    case 'access':
      return tokens.accessToken;
    case 'refresh':
      if (tokens.refreshToken === undefined) {
        throw new CliError('Cognito returned no refresh token for this sign-in.', EXIT.rejected);
      }
      return tokens.refreshToken;
  }
}

/** Renders the result text, newline-terminated. */
export function formatTokens(tokens: TokenSet, mode: OutputMode): string {
  if (mode.kind === 'print') return `${pick(tokens, mode.token)}\n`;
  return `${JSON.stringify(toTokenOutput(tokens), null, 2)}\n`;
}

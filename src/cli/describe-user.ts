// How the CLI names a user: what was typed, with the internal name Cognito uses only where it
// differs (an email alias maps to an internal name, often a UUID; showing both surprises nobody).

/**
 * "ada@example.com (user 7d1c…)" when the internal name differs, else just what was typed;
 * Cognito's name alone when nothing was typed (a browser sign-in), "the app client" for M2M.
 */
export function describeUser(typed: string | undefined, internal: string | undefined): string {
  if (typed === undefined) return internal || 'the app client';
  return internal === undefined || internal === '' || internal === typed
    ? typed
    : `${typed} (user ${internal})`;
}

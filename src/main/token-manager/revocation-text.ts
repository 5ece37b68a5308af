// What to say of a refresh token dropped here that Cognito did not confirm revoking. Light (no
// store, no zod), so the CLI's profile commands can say it without loading the facade early.

/** The sentence for a dropped refresh token Cognito did not confirm revoking. */
export function notRevokedSentence(profileName: string, error: { message: string }): string {
  const why = error.message.replace(/\.$/, '');
  return `The refresh token of "${profileName}" could not be revoked at Cognito (${why}): it is deleted here, but stays valid until it expires.`;
}

// Which profile a command works on when none is named: $COGNITO_PROFILE for this shell (as
// AWS_PROFILE does), else the app-wide active profile, which the variable never changes.

/** The variable that picks a profile for one shell. */
export const PROFILE_ENV = 'COGNITO_PROFILE';

/** The profile named on the command line, else $COGNITO_PROFILE, else undefined (the active one). */
export function chosenProfile(
  env: NodeJS.ProcessEnv,
  named: string | undefined,
): string | undefined {
  if (named !== undefined) return named;
  const fromEnv = env[PROFILE_ENV]?.trim();
  return fromEnv ? fromEnv : undefined;
}

// What the facade did, in the sentences the window and the CLI both say: what became of a
// remembered device, a refresh token Cognito did not confirm revoking, a client secret an edit
// removed. Pure and zod-free, so the CLI's commands say them without loading the facade early.

/** What forgetting a remembered device did (the engine's outcome, as far as words need it). */
export interface DeviceForgetWords {
  /** The keychain held a device for this profile (it is deleted now). */
  held: boolean;
  /** Cognito confirmed it forgot the device (or no longer knew it). */
  forgottenAtCognito: boolean;
  /** Why Cognito did not confirm it, when it was asked. */
  failure?: { message: string };
}

/** One sentence on what forgetting the device did, saying exactly whether Cognito confirmed it. */
export function deviceForgetSentence(device: DeviceForgetWords | undefined): string | undefined {
  if (!device?.held) return undefined;
  if (device.forgottenAtCognito) {
    return "This computer's remembered device is forgotten, at Cognito and in the keychain.";
  }
  const why = device.failure ? ` (${device.failure.message})` : ' (no session to ask it with)';
  return `This computer's device was deleted from the keychain, but Cognito could not be asked to forget it${why}: it stays in the user's device list there, unusable without the deleted device password.`;
}

/** The sentence for a dropped refresh token Cognito did not confirm revoking. */
export function notRevokedSentence(profileName: string, error: { message: string }): string {
  const why = error.message.replace(/\.$/, '');
  return `The refresh token of "${profileName}" could not be revoked at Cognito (${why}): it is deleted here, but stays valid until it expires.`;
}

/** Why a profile's client secret is gone, and how to give it again. */
export function droppedSecretSentence(profileName: string, reason: string): string {
  return `The client secret of profile "${profileName}" was removed from the keychain because ${reason}: a secret is only sent to the host and app client it was given for. Give the app client's secret again (cognito-tokens profiles edit ${profileName} --client-secret-env VAR, or the profile form).`;
}

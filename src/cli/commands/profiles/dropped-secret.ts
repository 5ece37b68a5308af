// After `profiles edit` moved a profile to another domain, endpoint, pool or client, its client
// secret is gone (it is only ever sent where it was given). At a terminal the CLI asks for the
// new one at once; in a script it says why the secret went and how to give it again.
import type { TokenManager } from '../../../main/token-manager';
import { droppedSecretSentence } from '../../../shared/outcome-words';
import type { CommandContext } from '../../command';
import { info } from '../../io';
import type { Prompter } from '../../prompt';

/** Says why the profile's client secret was removed, and asks for the new one at a terminal. */
export async function askForDroppedSecret(
  ctx: CommandContext,
  manager: TokenManager,
  profile: { id: string; name: string },
  prompter: Prompter | null,
): Promise<void> {
  const reason = manager.droppedClientSecret(profile.id);
  if (reason === undefined) return;
  if (!prompter) {
    info(ctx.io, droppedSecretSentence(profile.name, reason));
    return;
  }
  info(
    ctx.io,
    `The client secret of profile "${profile.name}" was removed from the keychain because ${reason}: a secret is only sent to the host and app client it was given for.`,
  );
  const secret = await prompter.askHidden('Client secret for the new settings (empty: later)');
  ctx.secrets.add(secret);
  if (secret === '') {
    info(ctx.io, droppedSecretSentence(profile.name, reason));
    return;
  }
  await manager.editProfile(profile.id, {}, { clientSecret: secret });
  info(ctx.io, `Saved the new client secret of profile "${profile.name}".`);
}

// The identity pool channels: what the token view shows (the identity id, the cached set's
// expiry) and "Copy AWS credentials", which main carries out, so the secret key and the session
// token never reach the window.
import { copyAwsCredentials } from '../clipboard/copy-aws-credentials';
import { AuthError } from '../../shared/errors';
import type { CopyDeps } from '../clipboard/copy-deps';
import type { ContractHandlers } from './dispatch';
import type { HandlerDeps } from './handler-deps';

type AwsChannels = 'ctm:aws-credentials-view' | 'ctm:copy-aws-credentials';

/** The handlers of the identity pool channels. */
export function awsCredentialsHandlers(
  { manager }: HandlerDeps,
  copies: CopyDeps,
): Pick<ContractHandlers, AwsChannels> {
  return {
    'ctm:aws-credentials-view': async ({ id }) => {
      const profile = manager.resolveProfile(id);
      if (profile.identityPoolId === undefined) {
        throw new AuthError('invalid-input', `Profile "${profile.name}" has no identity pool.`);
      }
      const view = await manager.awsCredentialsView(profile.id);
      return { identityPoolId: profile.identityPoolId, ...view };
    },
    'ctm:copy-aws-credentials': async ({ id }) => {
      const { clearsInSeconds, expiresAt } = await copyAwsCredentials(
        copies,
        manager.resolveProfile(id).id,
      );
      // The expiry in local time, as every time the window shows.
      return { clearsInSeconds, expiresAt: Math.max(0, expiresAt - manager.clockDriftMs(id)) };
    },
  };
}

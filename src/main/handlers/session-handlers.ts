// Sign-in, password, refresh, sign-out, session rows, token view and copy channels. Tokens stay
// here: the window gets expiries, decoded claims and masked previews, and copies go to main's
// clipboard.
import type { AuthStep } from '../../shared/auth';
import type { SignInStepView } from '../../shared/contract-views';
import { sessionRow } from '../../shared/session';
import { copyToken } from '../clipboard/copy-token';
import type { CopyDeps } from '../clipboard/copy-deps';
import { AuthError } from '../../shared/errors';
import { loadAppSettings } from '../settings/app-settings';
import { deviceForgetSentence } from '../../shared/outcome-words';
import type { TokenManager } from '../token-manager';
import type { ContractHandlers } from './dispatch';
import { sentence, type HandlerDeps } from './handler-deps';
import { summarizeToken } from './token-summary';
import { readRecent, touchRecent } from '../tray/recent-profiles';

type SessionChannels =
  | 'ctm:session-rows'
  | 'ctm:sign-in'
  | 'ctm:respond-to-challenge'
  | 'ctm:cancel-sign-in'
  | 'ctm:remember-device'
  | 'ctm:forgot-password'
  | 'ctm:confirm-forgot-password'
  | 'ctm:change-password'
  | 'ctm:refresh-now'
  | 'ctm:sign-out'
  | 'ctm:token-view'
  | 'ctm:copy-token'
  | 'ctm:copy-setup-key'
  | 'ctm:check-profile';

/** Records the profile as the last one used (the window opens on it), writing only on a change. */
function used(manager: TokenManager, id: string): void {
  if (readRecent(manager)[0] === id) return;
  touchRecent(manager, id, new Set(manager.listProfiles().map((p) => p.id)));
}

function stepView(manager: TokenManager, id: string, step: AuthStep): SignInStepView {
  if (step.type === 'signed-in') {
    used(manager, manager.resolveProfile(id).id);
    const expiresAt = step.tokens.expiresAt - manager.clockDriftMs(id);
    // Tracked but not remembered means the pool leaves it to the user: ask if the settings say so.
    const ask =
      step.device === 'not-remembered' && loadAppSettings(manager).rememberDevices === 'ask';
    return { type: 'signed-in', expiresAt, ...(ask ? { askRememberDevice: true as const } : {}) };
  }
  const { challenge, prompt, fields, destination, otpauthUri } = step;
  return {
    type: 'challenge',
    challenge,
    prompt,
    fields: fields.map((f) => ({ ...f, ...(f.options ? { options: [...f.options] } : {}) })),
    ...(destination === undefined ? {} : { destination }),
    ...(otpauthUri === undefined ? {} : { otpauthUri }),
  };
}

/** The TOTP seed of an MFA_SETUP step (the otpauth URI's secret), or undefined. */
function setupSeed(step: AuthStep): string | undefined {
  if (step.type !== 'challenge' || step.otpauthUri === undefined) return undefined;
  try {
    return new URL(step.otpauthUri).searchParams.get('secret') ?? undefined;
  } catch {
    return undefined;
  }
}

/** The session channels over the facade and main's clipboard (`copies`: the host's one set of copy deps). */
export function sessionHandlers(
  { manager, clipboard }: HandlerDeps,
  copies: CopyDeps,
): Pick<ContractHandlers, SessionChannels> {
  // The seed of each sign-in waiting on an authenticator set-up, for "Copy key": main copies it
  // with the secret markers and clears it, as it does tokens.
  const setupSeeds = new Map<string, string>();
  const noteStep = (id: string, step: AuthStep): AuthStep => {
    const profileId = manager.resolveProfile(id).id;
    const seed = setupSeed(step);
    if (seed) setupSeeds.set(profileId, seed);
    else setupSeeds.delete(profileId);
    return step;
  };
  return {
    'ctm:session-rows': async () => {
      const states = await manager.sessionStates();
      return {
        rows: manager
          .listProfiles()
          .map((p) => sessionRow(p.id, states.get(p.id) ?? { status: 'signed-out' })),
      };
    },
    'ctm:sign-in': async ({ id, password }) => {
      const rememberDevice = loadAppSettings(manager).rememberDevices === 'always';
      const step = await manager.signIn(id, password, { rememberDevice });
      return stepView(manager, id, noteStep(id, step));
    },
    'ctm:respond-to-challenge': async ({ id, answers }) =>
      stepView(manager, id, noteStep(id, await manager.respond(id, answers))),
    'ctm:cancel-sign-in': ({ id }) => {
      manager.cancelSignIn(id);
      setupSeeds.delete(manager.resolveProfile(id).id);
      return {};
    },
    'ctm:remember-device': async ({ id }) => {
      await manager.setDeviceRemembered(id, true);
      return {};
    },
    'ctm:forgot-password': async ({ id }) => {
      const { destination, medium } = await manager.forgotPassword(id);
      return {
        ...(destination === undefined ? {} : { destination: destination.slice(0, 256) }),
        ...(medium === undefined ? {} : { medium: medium.slice(0, 32) }),
      };
    },
    'ctm:confirm-forgot-password': async ({ id, code, newPassword }) => {
      await manager.confirmForgotPassword(id, code, newPassword);
      return {};
    },
    'ctm:change-password': async ({ id, currentPassword, newPassword }) => {
      await manager.changePassword(id, currentPassword, newPassword);
      return {};
    },
    'ctm:refresh-now': async ({ id }) => {
      const tokens = await manager.refreshNow(id);
      return { expiresAt: tokens.expiresAt - manager.clockDriftMs(id) };
    },
    'ctm:sign-out': async ({ id, everywhere }) => {
      const outcome = await manager.signOut(id, { global: everywhere === true });
      const unconfirmed = sentence(outcome.unconfirmed);
      const notRemoved = sentence(outcome.notRemoved);
      const device = deviceForgetSentence(outcome.device)?.slice(0, 500);
      return {
        ...(unconfirmed ? { unconfirmed } : {}),
        ...(notRemoved ? { notRemoved } : {}),
        ...(device ? { device } : {}),
      };
    },
    'ctm:token-view': async ({ id }) => {
      const profile = manager.resolveProfile(id);
      const tokens = await manager.freshTokens(profile.id);
      const drift = manager.clockDriftMs(profile.id);
      return {
        profileId: profile.id,
        expiresAt: Math.max(0, tokens.expiresAt - drift),
        ...(tokens.idToken ? { id: summarizeToken(tokens.idToken, drift) } : {}),
        access: summarizeToken(tokens.accessToken, drift),
        hasRefreshToken: tokens.refreshToken !== undefined && tokens.refreshToken !== '',
      };
    },
    'ctm:check-profile': async ({ id }) => {
      const report = await manager.checkProfile(id);
      // Cut to the contract's sizes: a server's message can be long.
      return {
        ...report,
        checks: report.checks.map((c) => ({
          ...c,
          sentence: c.sentence.slice(0, 1000),
          ...(c.fix ? { fix: c.fix.slice(0, 500) } : {}),
        })),
      };
    },
    'ctm:copy-token': async ({ id, kind, format }) => {
      const profile = manager.resolveProfile(id);
      const { clearsInSeconds } = await copyToken(copies, profile.id, { kind, format });
      used(manager, profile.id);
      return { clearsInSeconds };
    },
    'ctm:copy-setup-key': async ({ id }) => {
      const seed = setupSeeds.get(manager.resolveProfile(id).id);
      if (seed === undefined) {
        throw new AuthError(
          'invalid-input',
          'No authenticator set-up is waiting for this profile: sign in again to set one up.',
        );
      }
      const clearsInSeconds = copies.clearAfterSeconds();
      await clipboard.copySecret(seed, clearsInSeconds);
      return { clearsInSeconds };
    },
  };
}

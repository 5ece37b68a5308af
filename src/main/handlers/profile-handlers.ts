// Profile channels: list, add, edit, remove, import, export and the active one. Each change is
// announced with 'ctm:profiles-changed' so every window re-reads the list.
import { deviceForgetSentence } from '../token-manager/devices';
import { notRevokedSentence } from '../token-manager/revocation-text';
import type { ContractHandlers } from './dispatch';
import { serializeExport } from '../profiles/export-file';
import { toPatch, toInput, toView } from './profile-input';
import { sentence, type HandlerDeps } from './handler-deps';
import type { Profile } from '../../shared/profile';

type ProfileChannels =
  | 'ctm:list-profiles'
  | 'ctm:add-profile'
  | 'ctm:edit-profile'
  | 'ctm:remove-profile'
  | 'ctm:import-profiles'
  | 'ctm:export-profiles'
  | 'ctm:set-active-profile'
  | 'ctm:has-remembered-password';

/** The profile channels over the facade. */
export function profileHandlers({
  manager,
  emit,
}: HandlerDeps): Pick<ContractHandlers, ProfileChannels> {
  const changed = () => {
    emit('ctm:profiles-changed', {});
  };
  // With why an edit removed its client secret, so the form can ask for it again.
  const view = (profile: Profile) => toView(profile, manager.droppedClientSecret(profile.id));
  return {
    'ctm:list-profiles': () => {
      const dropped = manager.droppedClientSecrets();
      return {
        profiles: manager.listProfiles().map((p) => toView(p, dropped.get(p.id))),
        activeId: manager.getActive()?.id ?? null,
      };
    },
    'ctm:add-profile': async ({ profile, clientSecret, password }) => {
      const added = await manager.addProfile(toInput(profile, clientSecret), {
        ...(clientSecret === undefined ? {} : { clientSecret }),
        ...(password === undefined ? {} : { password }),
      });
      changed();
      return { profile: view(added) };
    },
    'ctm:edit-profile': async ({ id, changes, clientSecret, password }) => {
      const edited = await manager.editProfileReporting(id, toPatch(changes), {
        ...(clientSecret === undefined ? {} : { clientSecret }),
        ...(password === undefined ? {} : { password }),
      });
      changed();
      const { notRevoked } = edited;
      return {
        profile: view(edited.profile),
        ...(notRevoked ? { notRevoked: notRevokedSentence(edited.profile.name, notRevoked) } : {}),
      };
    },
    'ctm:remove-profile': async ({ id }) => {
      const outcome = await manager.removeProfile(id);
      changed();
      const notRemoved = sentence(outcome.notRemoved);
      const device = deviceForgetSentence(outcome.device)?.slice(0, 500);
      const { notRevoked } = outcome;
      return {
        name: outcome.profile.name,
        ...(notRemoved ? { notRemoved } : {}),
        ...(device ? { device } : {}),
        ...(notRevoked ? { notRevoked: notRevokedSentence(outcome.profile.name, notRevoked) } : {}),
      };
    },
    'ctm:import-profiles': async ({ fileName, text, ...options }) => {
      const outcome = await manager.importProfilesText(fileName, text, options);
      changed();
      return {
        source: outcome.source,
        added: outcome.added.map((p) => p.name),
        replaced: outcome.replaced.map(({ profile }) => profile.name),
        skipped: outcome.skipped.map(({ name, reason }) => ({
          name: name.slice(0, 64),
          reason: reason.slice(0, 500),
        })),
        notes: outcome.notes.map((note) => note.slice(0, 500)).slice(0, 20),
      };
    },
    'ctm:export-profiles': ({ ids }) => ({
      fileName: 'cognito-token-manager-profiles.json',
      text: serializeExport(manager.exportProfiles(ids)),
    }),
    'ctm:set-active-profile': ({ id }) => {
      const active = manager.setActive(id);
      changed();
      return { profile: view(active) };
    },
    'ctm:has-remembered-password': async ({ id }) => ({
      remembered: await manager.hasRememberedPassword(id),
    }),
  };
}

// Profile channels: list, add, edit, remove, import, export and the active one. Each change is
// announced with 'ctm:profiles-changed' so every window re-reads the list.
import { nameKey } from '../../shared/profile';
import { deviceForgetSentence, notRevokedSentence } from '../../shared/outcome-words';
import type { ContractHandlers } from './dispatch';
import { serializeExport } from '../profiles/export-file';
import { saveExportFile } from '../profiles/save-export';
import { readRecent } from '../tray/recent-profiles';
import { toPatch, toInput, toView } from './profile-input';
import { sentence, type HandlerDeps } from './handler-deps';
import type { Profile } from '../../shared/profile';

type ProfileChannels =
  | 'ctm:list-profiles'
  | 'ctm:add-profile'
  | 'ctm:edit-profile'
  | 'ctm:remove-profile'
  | 'ctm:preview-import'
  | 'ctm:import-profiles'
  | 'ctm:export-profiles'
  | 'ctm:set-active-profile'
  | 'ctm:has-remembered-password';

/** The profile channels over the facade. */
export function profileHandlers(deps: HandlerDeps): Pick<ContractHandlers, ProfileChannels> {
  const { manager, emit } = deps;
  const changed = () => {
    emit('ctm:profiles-changed', {});
  };
  // With why an edit removed its client secret, so the form can ask for it again.
  const view = (profile: Profile) => toView(profile, manager.droppedClientSecret(profile.id));
  return {
    'ctm:list-profiles': () => {
      const dropped = manager.droppedClientSecrets();
      const profiles = manager.listProfiles();
      const ids = new Set(profiles.map((p) => p.id));
      return {
        profiles: profiles.map((p) => toView(p, dropped.get(p.id))),
        activeId: manager.getActive()?.id ?? null,
        lastUsedId: readRecent(manager).find((id) => ids.has(id)) ?? null,
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
    'ctm:preview-import': ({ fileName, text, ...options }) => {
      const preview = manager.previewImportText(fileName, text, options);
      return {
        source: preview.source,
        items: preview.items.map((item) => ({
          name: item.name.slice(0, 64),
          status: item.status,
          detail: item.detail.slice(0, 500),
        })),
        notes: preview.notes.map((note) => note.slice(0, 500)).slice(0, 20),
      };
    },
    'ctm:import-profiles': async ({ fileName, text, choices, ...options }) => {
      const outcome = await manager.importProfilesText(fileName, text, {
        ...options,
        ...(choices
          ? { choices: new Map(choices.map(({ name, choice }) => [nameKey(name), choice])) }
          : {}),
      });
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
    'ctm:export-profiles': ({ ids }) => {
      const envelope = manager.exportProfiles(ids);
      const path = saveExportFile(deps.exportFolder(), serializeExport(envelope));
      return { path: path.slice(0, 4096), count: envelope.profiles.length };
    },
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

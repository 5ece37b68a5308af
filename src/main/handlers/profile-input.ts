// Between the form's fields and the store's types: what the bridge carries is shape-checked
// only, so the store's own schema gives its per-field sentences for anything wrong.
import type { z } from 'zod';
import type { ProfileChangesSchema, ProfileFieldsSchema } from '../../shared/contract-requests';
import type { ProfileView } from '../../shared/contract-views';
import type { Profile, ProfileInput, ProfilePatch } from '../../shared/profile';

/** A new profile as the form sends it. */
export type ProfileFields = z.output<typeof ProfileFieldsSchema>;
/** Changes as the form sends them. */
export type ProfileChanges = z.output<typeof ProfileChangesSchema>;

/** The form's fields as store input; hasClientSecret follows whether a secret came along. */
export function toInput(fields: ProfileFields, clientSecret: string | undefined): ProfileInput {
  // The store's schema checks every field and names each wrong one.
  return { ...fields, hasClientSecret: clientSecret !== undefined } as ProfileInput;
}

/** The form's changes as a store patch. */
export function toPatch(changes: ProfileChanges): ProfilePatch {
  return { ...changes } as ProfilePatch;
}

/** A stored profile as the window sees it: the same fields, none of them secret. */
export function toView(profile: Profile, droppedSecret?: string): ProfileView {
  const view: ProfileView = {
    id: profile.id,
    name: profile.name,
    userPoolId: profile.userPoolId,
    region: profile.region,
    clientId: profile.clientId,
    hasClientSecret: profile.hasClientSecret,
    authFlow: profile.authFlow,
    signIn: profile.signIn,
    refreshAheadSeconds: profile.refreshAheadSeconds,
    rememberPassword: profile.rememberPassword,
    refreshRotation: profile.refreshRotation,
  };
  if (droppedSecret !== undefined) view.clientSecretDropped = droppedSecret.slice(0, 200);
  if (profile.username !== undefined) view.username = profile.username;
  if (profile.endpoint !== undefined) view.endpoint = profile.endpoint;
  if (profile.domain !== undefined) view.domain = profile.domain;
  if (profile.scopes !== undefined) view.scopes = profile.scopes;
  if (profile.redirectUri !== undefined) view.redirectUri = profile.redirectUri;
  if (profile.identityProvider !== undefined) view.identityProvider = profile.identityProvider;
  if (profile.identityPoolId !== undefined) view.identityPoolId = profile.identityPoolId;
  if (profile.roleArn !== undefined) view.roleArn = profile.roleArn;
  if (profile.label !== undefined) view.label = profile.label;
  if (profile.colour !== undefined) view.colour = profile.colour;
  if (profile.preferredChallenge !== undefined)
    view.preferredChallenge = profile.preferredChallenge;
  return view;
}

// What the window may ask of main, as shapes with bounded sizes. These check types and sizes
// only; the profile rules themselves (a pool id's form, a known region) are the store's schema,
// whose per-field sentences come back as the error's details.
import { z } from 'zod';
import { bounded } from './contract-views';
import { MAX_SCOPES } from './sign-in-kinds';

const id = bounded(100).min(1);
/** A password, a code or a client secret typed in the window: sent once, never answered. */
const secret = bounded(1024).min(1);

// Every field optional here, so a missing one gets the store's sentence, not a generic one.
const profileFields = {
  name: bounded(200).optional(),
  signIn: bounded(32).optional(),
  userPoolId: bounded(200).optional(),
  region: bounded(64).optional(),
  clientId: bounded(200).optional(),
  authFlow: bounded(16).optional(),
  preferredChallenge: bounded(32).optional(),
  username: bounded(256).optional(),
  endpoint: bounded(2048).optional(),
  domain: bounded(2048).optional(),
  // A few more than the store allows, so the store's sentence names the count.
  scopes: z
    .array(bounded(300))
    .max(MAX_SCOPES + 10)
    .optional(),
  redirectUri: bounded(2048).optional(),
  identityProvider: bounded(200).optional(),
  identityPoolId: bounded(200).optional(),
  roleArn: bounded(2048).optional(),
  label: bounded(200).optional(),
  colour: bounded(16).optional(),
  refreshAheadSeconds: z.number().optional(),
  rememberPassword: z.boolean().optional(),
  refreshRotation: z.boolean().optional(),
};

/** A new profile as the form sends it. */
export const ProfileFieldsSchema = z.strictObject(profileFields);

/** Changes to a profile: absent keys stay; null clears an optional field. */
export const ProfileChangesSchema = z.strictObject({
  ...profileFields,
  username: bounded(256).nullable().optional(),
  domain: bounded(2048).nullable().optional(),
  scopes: z
    .array(bounded(300))
    .max(MAX_SCOPES + 10)
    .nullable()
    .optional(),
  redirectUri: bounded(2048).nullable().optional(),
  identityProvider: bounded(200).nullable().optional(),
  identityPoolId: bounded(200).nullable().optional(),
  roleArn: bounded(2048).nullable().optional(),
  endpoint: bounded(2048).nullable().optional(),
  label: bounded(200).nullable().optional(),
  colour: bounded(16).nullable().optional(),
  preferredChallenge: bounded(32).nullable().optional(),
});

/** Answers to a challenge: answer name → value (names are plain identifiers). */
const answers = z
  .record(bounded(64).regex(/^[A-Za-z][\w.:-]*$/), bounded(2048))
  .refine((value) => Object.keys(value).length <= 50, { error: 'too many answers' });

/** The token kinds and text formats a copy may ask for ('payload': the decoded payload's JSON). */
export const CopyRequestSchema = z.strictObject({
  id,
  kind: z.enum(['id', 'access']),
  format: z.enum(['raw', 'header', 'curl', 'payload']),
});

/** What to do with an imported profile whose name is taken: leave it, replace it, or add it renamed. */
export const IMPORT_CHOICES = ['skip', 'replace', 'keep-both'] as const;

/** A file to import as the window sends it (for the preview and the import itself). */
const importFile = {
  fileName: bounded(255).min(1),
  // 1 MB of text, the import's own ceiling (the store refuses more with its sentence).
  text: bounded(1024 * 1024 + 1),
  username: bounded(256).optional(),
  name: bounded(200).optional(),
};

/** Every request body, by operation. */
export const requests = {
  empty: z.strictObject({}),
  profileId: z.strictObject({ id }),
  addProfile: z.strictObject({
    profile: ProfileFieldsSchema,
    clientSecret: secret.optional(),
    password: secret.optional(),
  }),
  editProfile: z.strictObject({
    id,
    changes: ProfileChangesSchema,
    /** A new client secret, or null to remove the stored one. */
    clientSecret: secret.nullable().optional(),
    password: secret.optional(),
  }),
  previewImport: z.strictObject(importFile),
  importProfiles: z.strictObject({
    ...importFile,
    overwrite: z.boolean().optional(),
    /** Per profile name in the file: what to do when the name is taken (default: skip). */
    choices: z
      .array(z.strictObject({ name: bounded(200), choice: z.enum(IMPORT_CHOICES) }))
      .max(10_000)
      .optional(),
  }),
  exportProfiles: z.strictObject({ ids: z.array(id).max(10_000).optional() }),
  signIn: z.strictObject({ id, password: secret.optional() }),
  respond: z.strictObject({ id, answers }),
  confirmForgot: z.strictObject({ id, code: bounded(64).min(1), newPassword: secret }),
  changePassword: z.strictObject({ id, currentPassword: secret, newPassword: secret }),
  signOut: z.strictObject({ id, everywhere: z.boolean().optional() }),
  copy: CopyRequestSchema,
};

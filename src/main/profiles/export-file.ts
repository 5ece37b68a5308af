// The profile export: a versioned JSON envelope another machine can import. It carries no ids
// (they are local to a store) and no secret (those live in the keychain and stay there).
import * as z from 'zod';
import { describeValue, nameKey, ProfileInputSchema, type Profile } from '../../shared/profile';

/** The `format` value that marks a profile export. */
export const EXPORT_FORMAT = 'cognito-token-manager/profiles';
/** The newest export format version this code writes and reads (2 added the sign-in kinds). */
export const EXPORT_VERSION = 2;
// Exports of password profiles only stay at version 1, so an older app still reads them.
const PASSWORD_ONLY_VERSION = 1;

/** An allow-list, so a field added to Profile later is not exported until someone decides to. */
export const EXPORTED_KEYS = [
  'name',
  'signIn',
  'userPoolId',
  'region',
  'clientId',
  'hasClientSecret',
  'authFlow',
  'preferredChallenge',
  'username',
  'endpoint',
  'domain',
  'scopes',
  'redirectUri',
  'identityProvider',
  'label',
  'colour',
  'refreshAheadSeconds',
  'rememberPassword',
  'refreshRotation',
] as const satisfies readonly (keyof Profile)[];

/** One profile as exported (signIn left out for a password profile, the default). */
export type ExportedProfile = Partial<Pick<Profile, (typeof EXPORTED_KEYS)[number]>>;

/** The export file's content. */
export interface ProfileExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION | typeof PASSWORD_ONLY_VERSION;
  exportedAt: string;
  profiles: ExportedProfile[];
}

/** Builds the export of `profiles`: non-secret fields only, no ids. */
export function buildExport(profiles: readonly Profile[], now: Date = new Date()): ProfileExport {
  const passwordOnly = profiles.every((p) => p.signIn === 'password');
  const exported = (p: Profile) =>
    Object.fromEntries(
      EXPORTED_KEYS.filter(
        (k) => p[k] !== undefined && !(k === 'signIn' && p[k] === 'password'),
      ).map((k) => [k, p[k]]),
    ) as ExportedProfile;
  return {
    format: EXPORT_FORMAT,
    version: passwordOnly ? PASSWORD_ONLY_VERSION : EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profiles: profiles.map(exported),
  };
}

/** The export as file text (pretty JSON with a final newline). */
export function serializeExport(envelope: ProfileExport): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Validates an export file's content (format and version checked by the caller first). */
export const ExportEnvelopeSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal([PASSWORD_ONLY_VERSION, EXPORT_VERSION]),
    exportedAt: z.string().optional(),
    profiles: z.array(ProfileInputSchema),
  })
  .superRefine((envelope, ctx) => {
    const seen = new Set<string>();
    envelope.profiles.forEach((p, i) => {
      const key = nameKey(p.name);
      if (seen.has(key)) {
        const message = `${describeValue(p.name)} appears more than once in this file.`;
        ctx.addIssue({ code: 'custom', path: ['profiles', i, 'name'], message });
      }
      seen.add(key);
    });
  });

// The profile export: a versioned JSON envelope another machine can import. It carries no ids
// (they are local to a store) and no secret (those live in the keychain and stay there).
import * as z from 'zod';
import { describeValue, nameKey, ProfileInputSchema, type Profile } from '../../shared/profile';

/** The `format` value that marks a profile export. */
export const EXPORT_FORMAT = 'cognito-token-manager/profiles';
/** The export format version this code writes and reads. */
export const EXPORT_VERSION = 1;

// An allow-list, so a field added to Profile later is not exported until someone decides to.
const EXPORTED_KEYS = [
  'name',
  'userPoolId',
  'region',
  'clientId',
  'hasClientSecret',
  'authFlow',
  'preferredChallenge',
  'username',
  'endpoint',
  'label',
  'colour',
  'refreshAheadSeconds',
  'rememberPassword',
  'refreshRotation',
] as const satisfies readonly (keyof Profile)[];

/** One profile as exported. */
export type ExportedProfile = Pick<Profile, (typeof EXPORTED_KEYS)[number]>;

/** The export file's content. */
export interface ProfileExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  profiles: ExportedProfile[];
}

/** Builds the export of `profiles`: non-secret fields only, no ids. */
export function buildExport(profiles: readonly Profile[], now: Date = new Date()): ProfileExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profiles: profiles.map(
      (p) =>
        Object.fromEntries(
          EXPORTED_KEYS.filter((k) => p[k] !== undefined).map((k) => [k, p[k]]),
        ) as ExportedProfile,
    ),
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
    version: z.literal(EXPORT_VERSION),
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

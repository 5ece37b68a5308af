// The profile file's shape at the current schema version. Secrets never appear here: the
// secret index only names keychain items, it never holds their values.
import * as z from 'zod';
import { describeValue, nameKey, ProfileSchema } from '../../shared/profile';

/** The schema version this code reads and writes; older files are migrated on read. */
export const STORE_SCHEMA_VERSION = 2;

/** One keychain item the vault keeps for a profile, e.g. { profileId, kind: 'refresh-token' }. */
export const SecretIndexEntrySchema = z.strictObject({
  profileId: z.string().min(1).max(100),
  // The vault owns the list of kinds; the store only insists on a short kebab-case word.
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, {
    error: (i) =>
      `${describeValue(i.input)} is not a secret kind (a kebab-case word such as refresh-token).`,
  }),
});

/** App and CLI settings: a JSON object whose keys each owner parses with its own schema. */
export const SettingsSchema = z.record(z.string(), z.json());

/** The whole profile file. */
export const StoreDataSchema = z
  .strictObject({
    schemaVersion: z.literal(STORE_SCHEMA_VERSION),
    profiles: z.array(ProfileSchema),
    activeProfileId: z.string().optional(),
    secretIndex: z.array(SecretIndexEntrySchema),
    settings: SettingsSchema,
  })
  .superRefine((data, ctx) => {
    const ids = new Set<string>();
    const names = new Set<string>();
    data.profiles.forEach((p, i) => {
      if (ids.has(p.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['profiles', i, 'id'],
          message: `${describeValue(p.id)} is used by another profile.`,
        });
      }
      if (names.has(nameKey(p.name))) {
        ctx.addIssue({
          code: 'custom',
          path: ['profiles', i, 'name'],
          message: `${describeValue(p.name)} is used by another profile.`,
        });
      }
      ids.add(p.id);
      names.add(nameKey(p.name));
    });
    if (data.activeProfileId !== undefined && !ids.has(data.activeProfileId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['activeProfileId'],
        message: `${describeValue(data.activeProfileId)} is not the id of a profile.`,
      });
    }
  });

/** The parsed profile file. */
export type StoreData = z.output<typeof StoreDataSchema>;
/** One entry of the secret index. */
export type SecretIndexEntry = z.output<typeof SecretIndexEntrySchema>;
/** The settings object. */
export type Settings = z.output<typeof SettingsSchema>;

/** A store with nothing in it, as a missing file reads. */
export function emptyStoreData(): StoreData {
  return { schemaVersion: STORE_SCHEMA_VERSION, profiles: [], secretIndex: [], settings: {} };
}

// electron-builder.yml read the way electron-builder reads it (js-yaml, the parser it uses) and
// checked with the JSON schema electron-builder validates its configuration against.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import type { Configuration } from 'electron-builder';
import { load } from 'js-yaml';

/** The repository's root folder. */
export const REPO = resolve(import.meta.dirname, '../..');

// electron-builder's own copy of the schema, from the version installed here.
const schema: unknown = JSON.parse(
  readFileSync(join(REPO, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
);
// strict: false because the schema carries keywords ajv does not know (as electron-builder
// sets it too); unlike electron-builder, no type coercion, so a "true" string is an error.
const validate = new Ajv({ allErrors: true, strict: false }).compile<Configuration>(
  schema as object,
);

/** Schema errors of a configuration, one line each (`/path message`); empty when valid. */
export function schemaErrors(config: unknown): string[] {
  if (validate(config)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

/** electron-builder.yml, parsed and checked against the schema (throws when it does not match). */
export function loadBuilderConfig(): Configuration {
  const config: unknown = load(readFileSync(join(REPO, 'electron-builder.yml'), 'utf8'));
  if (!validate(config)) throw new Error(schemaErrors(config).join('\n'));
  return config;
}

/** The repository's package.json, with the fields these tests read. */
export function packageJson(): {
  productName?: string;
  desktopName?: string;
  scripts: Record<string, string>;
} {
  return JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
}

// Reads a file to import: a profile export, an amplify_outputs.json, or an aws-exports file
// (JSON, or the .js Amplify writes, read without running it). A bad file is refused with one
// sentence per bad field; nothing is imported from it.
//
// Amplify files name a pool and a client but no user. A password profile needs the username it
// signs in as, so an Amplify import makes one only when given `username`. A file with an OAuth
// block (the managed login) also becomes a browser profile, which needs no username; a file
// with neither a username nor an OAuth block is refused with a sentence saying so.
import fs from 'node:fs';
import path from 'node:path';
import type { ZodError, ZodType } from 'zod';
import {
  describeValue,
  issueSentences,
  ProfileInputSchema,
  type NewProfile,
} from '../../shared/profile';
import {
  AmplifyOutputsSchema,
  AwsExportsSchema,
  detectAmplifySource,
  namesOAuthDomain,
} from './amplify-config';
import { profilesFromAmplify, type AmplifyImportOptions } from './amplify-profiles';
import { ProfileError } from '../../shared/errors';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportEnvelopeSchema } from './export-file';
import { LiteralError, parseJsObjectLiteral } from './js-object-literal';
import { isRecord } from '../../shared/records';
import { PRODUCT_NAME } from '../../shared/product';

/** What kind of file was imported. */
export type ImportSource = 'profile-export' | 'amplify-outputs' | 'aws-exports';

/** Settings for profiles made from an Amplify file (an export file carries its own). */
export interface ImportOptions extends AmplifyImportOptions {
  /** The file's name, for messages and to recognise .js files. */
  fileName?: string;
}

/** The validated profiles a file describes, not yet in any store. */
export interface ParsedImport {
  source: ImportSource;
  profiles: NewProfile[];
  /** Sentences to show with the outcome (a redirect URI to register, a profile not made). */
  notes: string[];
}

const MAX_IMPORT_BYTES = 1024 * 1024;

function refuse(label: string, sentence: string, details: string[] = []): ProfileError {
  return new ProfileError('invalid-import', `${label} cannot be imported: ${sentence}`, details);
}

function wrongFields(label: string, details: string[]): ProfileError {
  const n = details.length;
  return refuse(label, `${n} ${n === 1 ? 'field is' : 'fields are'} wrong.`, details);
}

function parseOrRefuse<T>(schema: ZodType<T>, value: unknown, label: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw wrongFields(label, issueSentences(parsed.error));
}

function readValue(text: string, label: string, fileName: string | undefined): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON: only an aws-exports.js style file is worth a second look.
  }
  const looksLikeJs = /\.(?:c|m)?js$/i.test(fileName ?? '') || /\bexport\s+default\b/.test(text);
  if (!looksLikeJs) throw refuse(label, 'it is not valid JSON.');
  try {
    return parseJsObjectLiteral(text);
  } catch (error) {
    if (!(error instanceof LiteralError)) throw error;
    throw refuse(
      label,
      `it holds ${error.message}, and only plain strings, numbers, true/false/null, lists and objects can be read.`,
    );
  }
}

/** Each sentence about a profile of an export starts with that profile's name. */
function namingProfiles(error: ZodError, value: Record<string, unknown>): string[] {
  const listed = Array.isArray(value.profiles) ? (value.profiles as unknown[]) : [];
  const sentences = issueSentences(error);
  return error.issues.map((issue, i) => {
    const sentence = sentences[i] ?? issue.message;
    const [list, index] = issue.path;
    const entry = list === 'profiles' && typeof index === 'number' ? listed[index] : undefined;
    const name = isRecord(entry) && typeof entry.name === 'string' ? entry.name : undefined;
    return name === undefined ? sentence : `Profile ${describeValue(name)}: ${sentence}`;
  });
}

function fromExport(value: Record<string, unknown>, label: string): ParsedImport {
  if (typeof value.version === 'number' && value.version > EXPORT_VERSION) {
    throw refuse(
      label,
      `it was made by a newer ${PRODUCT_NAME} (format version ${value.version}); update this one first.`,
    );
  }
  const parsed = ExportEnvelopeSchema.safeParse(value);
  if (!parsed.success) throw wrongFields(label, namingProfiles(parsed.error, value));
  return { source: 'profile-export', profiles: parsed.data.profiles, notes: [] };
}

/** Parses the text of a file to import; throws ProfileError('invalid-import') with per-field sentences. */
export function parseImportFile(text: string, options: ImportOptions = {}): ParsedImport {
  const label = options.fileName ? path.basename(options.fileName) : 'The file';
  if (text.length > MAX_IMPORT_BYTES) throw refuse(label, 'it is larger than 1 MB.');
  const value = readValue(text, label, options.fileName);
  if (!isRecord(value)) throw refuse(label, 'it does not hold a JSON object.');
  if (value.format === EXPORT_FORMAT) return fromExport(value, label);
  const source = detectAmplifySource(value);
  if (source === null) {
    throw refuse(
      label,
      'it is neither a profile export, an amplify_outputs.json nor an aws-exports file.',
    );
  }
  const parsed = (source === 'amplify-outputs' ? AmplifyOutputsSchema : AwsExportsSchema).safeParse(
    value,
  );
  const details = parsed.success ? [] : issueSentences(parsed.error);
  if (options.username === undefined && !namesOAuthDomain(value, source)) {
    // Amplify files name no user; say so beside any other bad field.
    details.push(
      'username: is missing; an Amplify file names no user, so give one with the import.',
    );
  }
  if (!parsed.success || details.length > 0) throw wrongFields(label, details);
  const { inputs, notes } = profilesFromAmplify(parsed.data, options);
  const profiles = inputs.map((input) => parseOrRefuse(ProfileInputSchema, input, label));
  return { source, profiles, notes };
}

/** Reads and parses a file to import from disk. */
export function readImportFile(
  filePath: string,
  options: Omit<ImportOptions, 'fileName'> = {},
): ParsedImport {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ProfileError('invalid-import', `${filePath} cannot be read (${code}).`, [], {
      cause: error,
    });
  }
  return parseImportFile(text, { ...options, fileName: filePath });
}

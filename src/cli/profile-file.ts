// The profile file read as plain JSON, for the CLI's quick paths (the token reader, completion):
// no store library, no schema, no keychain.
import fs from 'node:fs';
import path from 'node:path';
import { PROFILE_FILE_NAME } from '../main/profiles/store-options';

/** The profile file as JSON, or null when it cannot be read (the full path then explains). */
export function readProfileFile(dataDir: string): unknown {
  try {
    const text = fs.readFileSync(path.join(dataDir, `${PROFILE_FILE_NAME}.json`), 'utf8');
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

// An export written where a person looks for it (the Downloads folder) under a name no file there
// has yet, so an earlier export is never overwritten; the caller says the path it got.
import fs from 'node:fs';
import path from 'node:path';
import { ProfileError } from '../../shared/errors';

/** The export's file name; later ones get ` (2)`, ` (3)`… before the extension. */
export const EXPORT_FILE_NAME = 'cognito-token-manager-profiles.json';

function nameFor(n: number): string {
  return n === 1 ? EXPORT_FILE_NAME : EXPORT_FILE_NAME.replace(/\.json$/, ` (${n}).json`);
}

/** Writes `text` into `folder` under a free name; resolves to its path. */
export function saveExportFile(folder: string, text: string): string {
  try {
    fs.mkdirSync(folder, { recursive: true });
    for (let n = 1; ; n += 1) {
      const file = path.join(folder, nameFor(n));
      try {
        // wx: never replace a file that is already there (an earlier export, or anything else).
        fs.writeFileSync(file, text, { flag: 'wx' });
        return file;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 999) throw error;
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ProfileError(
      'export-failed',
      `The export could not be written to ${folder} (${code}); check that the folder can be written to.`,
      [],
      { cause: error },
    );
  }
}

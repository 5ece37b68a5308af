// An export written by main: a free name in the folder (an earlier export is never replaced),
// and a folder that cannot be written to as one sentence with the folder's path.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProfileError } from '../../src/shared/errors';
import { EXPORT_FILE_NAME, saveExportFile } from '../../src/main/profiles/save-export';

const dir = mkdtempSync(join(tmpdir(), 'ctm-export-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('saving an export', () => {
  it('writes under a free name, never over an earlier file', () => {
    const folder = join(dir, 'Downloads');
    const first = saveExportFile(folder, 'one');
    const second = saveExportFile(folder, 'two');
    expect(first).toBe(join(folder, EXPORT_FILE_NAME));
    expect(second).toBe(join(folder, 'cognito-token-manager-profiles (2).json'));
    expect(readFileSync(first, 'utf8')).toBe('one');
    expect(readFileSync(second, 'utf8')).toBe('two');
  });

  it('says which folder could not be written to', () => {
    const notAFolder = join(dir, 'plain-file');
    writeFileSync(notAFolder, 'x');
    let caught: unknown;
    try {
      saveExportFile(notAFolder, 'text');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProfileError);
    expect((caught as ProfileError).code).toBe('export-failed');
    expect((caught as ProfileError).message).toBe(
      `The export could not be written to ${notAFolder} (EEXIST); check that the folder can be written to.`,
    );
  });
});

import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLog, logFilePath } from '../../src/main/log/file-log';
import { maskJwtShaped, SecretScrubber } from '../../src/main/log/scrub';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctm-log-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlLXBhcnQ';
const JWE = 'eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.a2V5.aXY.Y2lwaGVy.dGFn';

describe('the file log', () => {
  it('writes nothing (not even the folder) until a line at its level comes', () => {
    const dir = tempDir();
    const log = createFileLog({ dataDir: dir });
    log.info('only info');
    expect(readdirSync(dir)).toEqual([]);
    log.warn('a warning');
    expect(log.path).toBe(logFilePath(dir));
    expect(readFileSync(log.path, 'utf8')).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z WARN a warning\n$/);
    expect(statSync(log.path).mode & 0o777).toBe(0o600);
  });

  it('scrubs registered secrets (raw and URI-encoded) and anything JWT-shaped, stacks included', () => {
    const dir = tempDir();
    const log = createFileLog({ dataDir: dir, level: 'info' });
    const password = 'Pa ss/word+1!';
    log.addSecret(password);
    log.addSecret('client-secret-value-123');
    const error = new Error(`failed with ${password} and ${encodeURIComponent(password)}`, {
      cause: new Error(`body: {"SECRET_HASH":"client-secret-value-123","AccessToken":"${JWT}"}`),
    });
    log.error(`refresh token ${JWE} was refused`, error);
    const text = readFileSync(log.path, 'utf8');
    for (const secret of [
      password,
      encodeURIComponent(password),
      'client-secret-value-123',
      JWT,
      JWE,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('Caused by: Error: body:');
    expect(text).toContain('    at ');
  });

  it('rotates a file over 1 MB to .1 before writing', () => {
    const dir = tempDir();
    const file = logFilePath(dir);
    mkdirSync(join(dir, 'logs'));
    writeFileSync(file, 'x'.repeat(1024 * 1024 + 1));
    createFileLog({ dataDir: dir }).warn('after rotation');
    expect(readFileSync(file, 'utf8')).toMatch(/WARN after rotation\n$/);
    expect(statSync(`${file}.1`).size).toBe(1024 * 1024 + 1);
  });
});

describe('SecretScrubber and maskJwtShaped', () => {
  it('masks longest first and ignores values too short to be secrets', () => {
    const scrubber = new SecretScrubber();
    scrubber.add('abc');
    scrubber.add('secret');
    scrubber.add('secret-longer');
    expect(scrubber.scrub('abc secret-longer secret')).toBe('abc [redacted] [redacted]');
  });

  it('masks JWTs and JWEs but leaves dotted words alone', () => {
    expect(maskJwtShaped(`a ${JWT} b ${JWE} c`)).toBe('a [token] b [token] c');
    expect(maskJwtShaped('cognito-tokens.v1.json and eyJ.x')).toBe(
      'cognito-tokens.v1.json and eyJ.x',
    );
  });
});

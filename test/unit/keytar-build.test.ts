import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keytarBuildMismatch, keytarNapiBuildVersion } from '../../src/main/secrets/keytar-build';

const requireHere = createRequire(__filename);

function fakeKeytarPackage(configGypi: string | null): () => string {
  const dir = mkdtempSync(join(tmpdir(), 'ctm-keytar-'));
  writeFileSync(join(dir, 'package.json'), '{}');
  if (configGypi !== null) {
    mkdirSync(join(dir, 'build'));
    writeFileSync(join(dir, 'build', 'config.gypi'), configGypi);
  }
  return () => join(dir, 'package.json');
}

describe("keytar's build against this runtime", () => {
  it("reads node-gyp's napi_build_version", () => {
    expect(keytarNapiBuildVersion('{ "variables": { "napi_build_version": "10", "x": 1 } }')).toBe(
      10,
    );
    expect(keytarNapiBuildVersion('{}')).toBeNull();
  });

  it('refuses, in one sentence, a build for a newer N-API than the runtime has (it would crash)', () => {
    const gypi = '# Do not edit\n{ "variables": { "napi_build_version": "10" } }';
    expect(keytarBuildMismatch(fakeKeytarPackage(gypi), { napi: '9', node: '20.20.2' })).toBe(
      'The keychain module was built for a newer Node (N-API 10) than this Node 20.20.2 (N-API 9): run with the Node that ran npm ci, or run npm rebuild keytar.',
    );
    expect(
      keytarBuildMismatch(fakeKeytarPackage(gypi), { napi: '10', node: '24.22.3' }),
    ).toBeNull();
  });

  it('cannot tell without a build folder (a prebuilt or packaged keytar), and says nothing', () => {
    expect(keytarBuildMismatch(fakeKeytarPackage(null), { napi: '9', node: '20.20.2' })).toBeNull();
  });

  it("this checkout's own keytar build loads here and is refused one N-API version down", () => {
    const resolve = () => requireHere.resolve('keytar/package.json');
    const gypi = readFileSync(join(dirname(resolve()), 'build', 'config.gypi'), 'utf8');
    const built = keytarNapiBuildVersion(gypi);
    expect(built).not.toBeNull();
    const node = process.versions.node;
    expect(keytarBuildMismatch(resolve, { napi: process.versions.napi, node })).toBeNull();
    expect(keytarBuildMismatch(resolve, { napi: String((built ?? 0) - 1), node })).toMatch(
      /^The keychain module was built for a newer Node/,
    );
  });
});

// `cognito-tokens --version`: the version in the package's own package.json, found from where the
// running file is (dist/bin/ when installed, src/cli/ in tests), read only when asked for.
import fs from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'cognito-token-manager';

/** The package's version, or undefined when its package.json cannot be found. */
export function packageVersion(from: string = __dirname): string | undefined {
  let dir = from;
  for (let depth = 0; depth < 5; depth += 1) {
    try {
      const manifest: unknown = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const { name, version } = manifest as Record<string, unknown>;
      if (name === PACKAGE_NAME && typeof version === 'string') return version;
    } catch {
      // No package.json here (or not ours): look one folder up.
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

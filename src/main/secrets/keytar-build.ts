// keytar is an N-API module: one build loads in every runtime whose N-API is at least the one
// it was built for (Node 24 and Electron 45 alike). A build for a newer N-API does not fail to
// load in an older Node: it crashes the process (seen: exit 139 when Node 20 loads a keytar that
// `npm ci` built under Node 24). So the build's N-API version is read before keytar is required.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The N-API version node-gyp built keytar for (its build/config.gypi), or null if unknown. */
export function keytarNapiBuildVersion(configGypi: string): number | null {
  const match = /"napi_build_version":\s*"(\d+)"/.exec(configGypi);
  return match?.[1] ? Number(match[1]) : null;
}

/** Why this runtime cannot load the installed keytar build, or null when it can (or cannot tell). */
export function keytarBuildMismatch(
  resolveKeytarPackage: () => string,
  runtime: { napi: string | undefined; node: string },
): string | null {
  let built: number | null;
  try {
    const config = readFileSync(
      join(dirname(resolveKeytarPackage()), 'build', 'config.gypi'),
      'utf8',
    );
    built = keytarNapiBuildVersion(config);
  } catch {
    // No build folder (a prebuilt binary, a packaged app): nothing to compare.
    return null;
  }
  const available = Number(runtime.napi);
  if (built === null || !Number.isFinite(available) || built <= available) return null;
  return `The keychain module was built for a newer Node (N-API ${String(built)}) than this Node ${runtime.node} (N-API ${String(available)}): run with the Node that ran npm ci, or run npm rebuild keytar.`;
}

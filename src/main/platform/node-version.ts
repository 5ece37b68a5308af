// The oldest Node the CLI and the preview host run on: package.json's `engines` (a test keeps the
// two equal). Electron 45's main process runs Node 24; Node 20 is past its end of life, and a
// keytar built for a newer Node crashes an older one before any message can be printed.
/** package.json's engines.node, as a version. */
export const MINIMUM_NODE = '22.12.0';

function parts(version: string): number[] {
  return version
    .replace(/^v/, '')
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);
}

/** True when `version` is at least `minimum` (both "x.y.z", a leading v allowed). */
export function isAtLeast(version: string, minimum: string): boolean {
  const have = parts(version);
  const need = parts(minimum);
  for (let i = 0; i < 3; i += 1) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** The sentence that refuses an old Node, or null when `version` is new enough. */
export function nodeTooOld(version: string, program: string): string | null {
  if (isAtLeast(version, MINIMUM_NODE)) return null;
  return `${program} needs Node ${MINIMUM_NODE} or newer (Node 24 recommended), and this is Node ${version.replace(/^v/, '')}: install a newer Node, or put it first on PATH.`;
}

/** Exits at once with the sentence on stderr when this Node is too old for `program`. */
export function refuseOldNode(program: string): void {
  const refusal = nodeTooOld(process.versions.node, program);
  if (!refusal) return;
  process.stderr.write(`${refusal}\n`);
  process.exit(1);
}

// A packaged app holds tokens in main: nobody may attach a debugger to it from the command line.
// The fuses turn off Node's --inspect family (enableNodeCliInspectArguments) and NODE_OPTIONS;
// Chromium's remote debugging and V8 flags are switches the fuses do not cover, so a packaged
// app refuses to start with any of them.
import { PRODUCT_NAME } from '../../shared/product';

// Chromium reads `--name`, `-name` and, on Windows, `/name`; names are matched without a value.
const REFUSED = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'debug',
  'debug-brk',
  'js-flags',
];

/** The refused debugging switches among `argv` (names only, in order, each once). */
export function refusedDebugSwitches(argv: readonly string[], platform: NodeJS.Platform): string[] {
  const found: string[] = [];
  for (const arg of argv) {
    const match = /^(?:--?|\/)([a-z][a-z-]*)(?:=.*)?$/i.exec(arg);
    const name = match?.[1]?.toLowerCase();
    if (!name || !REFUSED.includes(name)) continue;
    if (arg.startsWith('/') && platform !== 'win32') continue;
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

/** The sentence a packaged app prints before it refuses to start. */
export function debugSwitchRefusal(names: readonly string[]): string {
  return `${PRODUCT_NAME} does not start with ${names.map((n) => `--${n}`).join(', ')}: a debugger could read the tokens it holds. Start it without ${names.length === 1 ? 'that switch' : 'those switches'}.`;
}

// `npm run preview`: builds the renderer when it is missing, then runs the preview host
// (src/preview/main.ts, through jiti) in this process's place. Its stdout says `preview: <url>`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(resolve(root, 'out', 'renderer', 'index.html'))) {
  console.error('preview: building the renderer first (electron-vite build)…');
  const cli = resolve(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const jiti = resolve(root, 'node_modules', 'jiti', 'lib', 'jiti-cli.mjs');
const host = spawn(process.execPath, [jiti, resolve(root, 'src', 'preview', 'main.ts')], {
  cwd: root,
  stdio: 'inherit',
});
// The host stops itself on these; pass them on and leave with its code.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

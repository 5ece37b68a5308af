// `npm run preview`: builds the renderer when it is missing, bundles the preview host when any
// source is newer than its bundle (rolldown, as for the CLI: starting from one bundled file is
// what keeps the host's start-up well under a second), then runs it. Its stdout says
// `preview: <url>`. The bundle lives in .tmp/, never in out/ (what releases package).
import { spawn, spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { build } from 'rolldown';

const root = resolve(import.meta.dirname, '..');
const bundle = join(root, '.tmp', 'preview', 'preview-host.cjs');

if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
  console.error('preview: building the renderer first (electron-vite build)…');
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const built = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(join(root, 'src'))) {
  const partial = `${bundle}.${process.pid}.partial.cjs`;
  await build({
    cwd: root,
    input: resolve(root, 'src/preview/main.ts'),
    platform: 'node',
    // Native and lazily loaded: resolved from node_modules at run time, as in the CLI.
    external: ['keytar', 'conf'],
    tsconfig: resolve(root, 'tsconfig.cli.json'),
    logLevel: 'warn',
    output: { file: partial, format: 'cjs', codeSplitting: false },
  });
  // Written aside and renamed into place: two hosts started at once (npm test runs Playwright
  // beside Vitest, whose bench smoke test starts one) must never load a half-written bundle.
  renameSync(partial, bundle);
}

const host = spawn(process.execPath, [bundle], { cwd: root, stdio: 'inherit' });
// The host stops itself on these; pass them on and leave with its code.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// Bundles cognito-tokens into dist/bin/ with rolldown (the bundler vite 8 already brings): one
// entry file for what every run needs, and lazy chunks for what only some commands load (the AWS
// SDK, zod and the store's schemas), so `token` and `--help` cost little more than Node's start-up.
// keytar (a native module) and conf (loaded only to write the store) stay external.
import console from 'node:console';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'rolldown';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'dist/bin');

rmSync(outDir, { recursive: true, force: true });
await build({
  cwd: root,
  input: { 'cognito-tokens': resolve(root, 'src/cli/index.ts') },
  platform: 'node',
  external: ['keytar', 'conf'],
  tsconfig: resolve(root, 'tsconfig.cli.json'),
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'cjs',
    entryFileNames: '[name].cjs',
    chunkFileNames: 'chunks/[name]-[hash].cjs',
  },
});
console.log(`cognito-tokens bundled into ${outDir}`);

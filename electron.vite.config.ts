// electron-vite 6: main, a sandboxed preload and the React renderer, all built into out/.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { APP_CSP, DEV_CSP } from './src/shared/csp';

// index.html carries the strict policy; the dev server's hot reload needs inline code and a
// websocket, so only `electron-vite dev` swaps in the dev policy.
function devCsp(): Plugin {
  return {
    name: 'ctm:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(APP_CSP, DEV_CSP),
  };
}

export default defineConfig({
  main: {
    build: {
      // Main is CommonJS. These packages are ESM-only: bundled in, nothing in the packaged app
      // depends on Node's require(esm) from inside an asar (test/integration/main-bundle-modules).
      externalizeDeps: { exclude: ['electron-store', 'conf', 'oauth4webapi'] },
      rolldownOptions: { input: { index: resolve('src/main/app/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload may require('electron') and nothing else: bundle zod and the
      // contract into one CommonJS file instead of leaving require('zod') behind.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), devCsp()],
    build: {
      // Measured by `npm run bench` (renderer bundle, gzip): electron-vite leaves it unminified.
      minify: true,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});

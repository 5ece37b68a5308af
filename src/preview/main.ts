// Runs the preview host by hand: build first (`npx electron-vite build`), then
// `npx jiti src/preview/main.ts` from the repository root, and open the printed URL.
import { createPreviewHandlers } from './handlers';
import { startPreviewHost } from './host';
import { previewPaths } from './paths';

async function run(): Promise<void> {
  const paths = previewPaths(process.cwd());
  const host = await startPreviewHost({ ...paths, handlers: createPreviewHandlers(paths.root) });
  console.log(`Preview host on ${host.origin}/ (Ctrl+C to stop)`);
  process.once('SIGINT', () => {
    void host.close().then(() => process.exit(0));
  });
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

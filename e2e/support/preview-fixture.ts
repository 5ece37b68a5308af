// A worker-scoped preview host serving the built renderer, with the plain-Node handlers.
import { test as base } from '@playwright/test';
import { createPreviewHandlers } from '../../src/preview/handlers';
import { startPreviewHost, type PreviewHost } from '../../src/preview/host';
import { previewPaths } from '../../src/preview/paths';
import { REPO_ROOT } from './repo';

/** The preview host and what it logged (refusals are expected in some tests). */
export interface PreviewFixture {
  host: PreviewHost;
  logs: string[];
}

/** `test` with a `preview` fixture. */
export const test = base.extend<object, { preview: PreviewFixture }>({
  preview: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from this pattern.
    async ({}, use) => {
      const logs: string[] = [];
      const paths = previewPaths(REPO_ROOT);
      const host = await startPreviewHost({
        ...paths,
        handlers: createPreviewHandlers(paths.root),
        log: {
          warn: (message) => logs.push(`warn: ${message}`),
          error: (message, details) => {
            logs.push(`error: ${message}`);
            console.error(message, details);
          },
        },
      });
      await use({ host, logs });
      await host.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';

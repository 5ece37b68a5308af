// A worker-scoped preview host in this process, over a real TokenManager in a temp folder
// (its keychain an in-memory stand-in: these specs test the bridge, not the keyring).
import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileLog } from '../../src/main/log/file-log';
import { openTokenManager } from '../../src/main/token-manager';
import { createPreviewRuntime } from '../../src/preview/handlers';
import { startPreviewHost, type PreviewHost } from '../../src/preview/host';
import { previewPaths } from '../../src/preview/paths';
import { FakeKeytar } from '../../test/support/fake-keytar';
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
      const dir = mkdtempSync(join(tmpdir(), 'ctm-web-'));
      const paths = previewPaths(REPO_ROOT);
      const keytar = new FakeKeytar();
      const manager = await openTokenManager({
        dir,
        log: createFileLog({ dataDir: dir }),
        loadKeytar: () => Promise.resolve(keytar),
      });
      const runtime = createPreviewRuntime(paths.root, manager, { warn: () => undefined });
      const host = await startPreviewHost({
        ...paths,
        handlers: runtime.handlers,
        log: {
          warn: (message) => logs.push(`warn: ${message}`),
          error: (message, details) => {
            logs.push(`error: ${message}`);
            console.error(message, details);
          },
        },
      });
      await use({ host, logs });
      runtime.stop();
      manager.stop();
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';

// Where a checkout keeps what the preview host serves.
import { join } from 'node:path';

/** The built renderer, the favicon and the package.json of a checkout at `root`. */
export function previewPaths(root: string) {
  return {
    root,
    rendererDir: join(root, 'out', 'renderer'),
    faviconPath: join(root, 'build', 'icon.png'),
  };
}

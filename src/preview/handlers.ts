// The preview host's handlers: the same plain-Node modules main uses, fed from package.json
// instead of Electron's app object.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createAppInfoHandler } from '../main/handlers/app-info';
import type { ContractHandlers } from '../main/handlers/dispatch';

const packageJsonSchema = z.object({ version: z.string().min(1) });

/** Builds every contract handler for a repository checkout at `root`. */
export function createPreviewHandlers(root: string): ContractHandlers {
  const raw: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const { version } = packageJsonSchema.parse(raw);
  return {
    'ctm:app-info': createAppInfoHandler({ version, platform: process.platform }),
  };
}

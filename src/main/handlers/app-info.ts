// What the app says about itself. Plain Node: Electron main passes app.getVersion(), the
// preview host passes package.json's version, so both answer 'ctm:app-info' the same way.
import type { ResponseOf } from '../../shared/contract';
import { PRODUCT_NAME } from '../../shared/product';

/** The facts the app-info handler needs from its host. */
export interface AppFacts {
  version: string;
  platform: string;
}

/** Builds the 'ctm:app-info' handler for a host. */
export function createAppInfoHandler(facts: AppFacts): () => ResponseOf<'ctm:app-info'> {
  const info = { name: PRODUCT_NAME, version: facts.version, platform: facts.platform };
  return () => ({ ...info });
}

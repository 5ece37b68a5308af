// The Electron host's implementation of each contract channel. Later issues route these to the
// TokenManager facade; the logic itself stays in plain-Node modules the preview host shares.
import { app } from 'electron';
import { createAppInfoHandler } from '../handlers/app-info';
import type { ContractHandlers } from '../handlers/dispatch';

/** Builds the handlers main registers with registerIpc. */
export function createContractHandlers(): ContractHandlers {
  return {
    'ctm:app-info': createAppInfoHandler({ version: app.getVersion(), platform: process.platform }),
  };
}

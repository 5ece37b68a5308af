// window.tokenManager's type comes from the contract, so it cannot drift from the preload.
import type { TokenManagerApi } from '../shared/contract';

declare global {
  interface Window {
    /** The app's bridge, built by src/preload/index.ts from src/shared/contract.ts. */
    readonly tokenManager: TokenManagerApi;
  }
}

export {};

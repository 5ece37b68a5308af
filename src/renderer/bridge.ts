// The renderer's one door to main: window.tokenManager, built by the preload (or the preview
// host's bridge script). Outside the app there is none, and every call says so as a value.
import type { IpcResult, TokenManagerApi } from '../shared/contract';
import { PRODUCT_NAME } from '../shared/product';

/** The sentence every call answers with when the page runs outside the app. */
export const NO_BRIDGE = `This page only works inside ${PRODUCT_NAME}.`;

/** The bridge, or null in a plain browser tab. */
export function bridge(): TokenManagerApi | null {
  return (window as Partial<Window>).tokenManager ?? null;
}

/** Calls one operation; a missing bridge becomes a failure value like any other. */
export async function call<T>(
  run: (api: TokenManagerApi) => Promise<IpcResult<T>>,
): Promise<IpcResult<T>> {
  const api = bridge();
  if (!api) return { ok: false, error: { code: 'bridge-failed', message: NO_BRIDGE } };
  return run(api);
}

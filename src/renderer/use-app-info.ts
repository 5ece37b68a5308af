// Asks the app about itself once, through the bridge; errors arrive as values, not throws.
import { useEffect, useState } from 'react';
import type { ResponseOf } from '../shared/contract';

/** Where the app-info request stands. */
export type AppInfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: ResponseOf<'ctm:app-info'> }
  | { status: 'failed'; message: string };

/** Fetches 'ctm:app-info' on mount. */
export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    // Opened outside the app (a plain browser tab) there is no bridge: say so, don't crash.
    const bridge = (window as Partial<Window>).tokenManager;
    if (!bridge) {
      setState({ status: 'failed', message: 'This page only works inside Cognito Token Manager.' });
      return;
    }
    let live = true;
    void bridge.appInfo().then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { status: 'ready', info: result.value }
          : { status: 'failed', message: result.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

// One network wait at a time: a pending flag for the spinner (and to refuse a double submit),
// and the failure as a value to show next to what caused it.
import { useCallback, useRef, useState } from 'react';
import type { IpcError, IpcResult } from '../../shared/contract';

/** What an action exposes to its form. */
export interface Action {
  pending: boolean;
  error: IpcError | null;
  /** Runs `request` unless one is already running; `onOk` gets the value. */
  run: <T>(request: () => Promise<IpcResult<T>>, onOk?: (value: T) => void) => Promise<void>;
  clearError: () => void;
}

/** A fresh action per form. */
export function useAction(): Action {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async <T>(request: () => Promise<IpcResult<T>>, onOk?: (value: T) => void) => {
      if (running.current) return;
      running.current = true;
      setPending(true);
      setError(null);
      try {
        const result = await request();
        if (result.ok) onOk?.(result.value);
        else setError(result.error);
      } finally {
        running.current = false;
        setPending(false);
      }
    },
    [],
  );
  return {
    pending,
    error,
    run,
    clearError: useCallback(() => {
      setError(null);
    }, []),
  };
}

/** The sentences of an error's details that name `field` (`field: …`), without the name. */
export function fieldErrors(error: IpcError | null, field: string): string[] {
  const prefix = `${field}: `;
  return (error?.details ?? [])
    .filter((d) => d.startsWith(prefix))
    .map((d) => d.slice(prefix.length));
}

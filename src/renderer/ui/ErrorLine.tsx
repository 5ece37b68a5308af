// An operation's failure: one sentence, announced, next to the control that caused it. It takes
// the focus when it appears, so a keyboard user is where the problem is told; a form that shows
// its errors beside fields focuses the first of those instead (`takeFocus` false).
import { useEffect, useRef } from 'react';
import type { IpcError } from '../../shared/contract';

/** Shows the error's sentence (not its details, which go beside their fields). */
export function ErrorLine({
  error,
  takeFocus = true,
}: {
  error: IpcError | null;
  takeFocus?: boolean;
}) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [error, takeFocus]);
  if (!error) return null;
  return (
    <p className="error" role="alert" tabIndex={-1} ref={ref}>
      {error.message}
    </p>
  );
}

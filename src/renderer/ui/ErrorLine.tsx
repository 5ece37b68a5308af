// An operation's failure: one sentence, announced, next to the control that caused it.
import type { IpcError } from '../../shared/contract';

/** Shows the error's sentence (not its details, which go beside their fields). */
export function ErrorLine({ error }: { error: IpcError | null }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {error.message}
    </p>
  );
}

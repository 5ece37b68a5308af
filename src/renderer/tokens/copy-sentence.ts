// What the window says after a copy: what went to the clipboard, and when it is cleared.

/** "ID token copied; the clipboard is cleared in 30 s." (`what` starts with a capital). */
export function copiedSentence(what: string, clearsInSeconds: number | null): string {
  return clearsInSeconds === null
    ? `${what} copied.`
    : `${what} copied; the clipboard is cleared in ${clearsInSeconds} s.`;
}

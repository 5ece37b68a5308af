// Anything printed on failure passes through here, so a secret that slipped into an error
// (an SDK message, a stack, a cause) is masked before it reaches the terminal or a CI log.

const MASK = '[redacted]';
/** Shorter values would mask ordinary words; real secrets and tokens are longer. */
const MIN_SECRET_LENGTH = 4;

/** The secrets of one run, collected as they are read, and a scrubber for text. */
export class SecretSet {
  private readonly values = new Set<string>();

  /** Remembers a value to mask; empty and very short values are ignored. */
  add(value: string | undefined): void {
    if (value !== undefined && value.length >= MIN_SECRET_LENGTH) this.values.add(value);
  }

  /** Returns text with every remembered secret replaced by a mask, longest first. */
  scrub(text: string): string {
    const ordered = [...this.values].sort((a, b) => b.length - a.length);
    let result = text;
    for (const value of ordered) result = result.split(value).join(MASK);
    // Both encodings appear in URLs and serialized request bodies.
    for (const value of ordered) {
      const encoded = encodeURIComponent(value);
      if (encoded !== value) result = result.split(encoded).join(MASK);
    }
    return result;
  }
}

// Masks secrets in text bound for a log: every value registered as it was read (passwords,
// client secrets, tokens), and anything shaped like a JWT or JWE even if nobody registered it.

const MASK = '[redacted]';
/** Shorter values would mask ordinary words; real secrets and tokens are longer. */
const MIN_SECRET_LENGTH = 4;
/** base64url JSON headers start with "eyJ"; three parts is a JWT, five a JWE (refresh tokens). */
const JWT_SHAPED = /eyJ[\w-]{4,}(?:\.[\w-]*){2,4}/g;

/** Where secrets are registered and text is scrubbed. */
export interface SecretRegistry {
  /** Remembers a value to mask; empty and very short values are ignored. */
  add(value: string | undefined): void;
  /** Returns text with every remembered value masked. */
  scrub(text: string): string;
}

/** A registry of the secrets one process has seen. */
export class SecretScrubber implements SecretRegistry {
  readonly #values = new Set<string>();

  /** Remembers a value to mask. */
  add(value: string | undefined): void {
    if (value !== undefined && value.length >= MIN_SECRET_LENGTH) this.#values.add(value);
  }

  /** Masks every registered value (longest first, raw and URI-encoded). */
  scrub(text: string): string {
    const ordered = [...this.#values].sort((a, b) => b.length - a.length);
    let result = text;
    for (const value of ordered) {
      result = result.split(value).join(MASK);
      const encoded = encodeURIComponent(value);
      if (encoded !== value) result = result.split(encoded).join(MASK);
    }
    return result;
  }
}

/** Masks anything JWT- or JWE-shaped, registered or not. */
export function maskJwtShaped(text: string): string {
  return text.replace(JWT_SHAPED, '[token]');
}

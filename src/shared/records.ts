// Reading fields of values whose shape is not known yet (parsed JSON, thrown errors).

/** True for a non-null object that is not an array: something whose fields may be read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field `key` of `value` when it is an object (arrays included), else undefined. */
export function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

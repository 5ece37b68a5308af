/** Runs at most one task per key at a time; callers that arrive meanwhile share its result. */
export class SingleFlight<T> {
  readonly #inFlight = new Map<string, Promise<T>>();

  /** Returns the running task for `key`, or starts `task` and shares it until it settles. */
  run(key: string, task: () => Promise<T>): Promise<T> {
    const running = this.#inFlight.get(key);
    if (running) return running;
    const started = task().finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, started);
    return started;
  }

  /** The task running for `key`, if one is. */
  current(key: string): Promise<T> | undefined {
    return this.#inFlight.get(key);
  }

  /** True while a task for `key` is running. */
  has(key: string): boolean {
    return this.#inFlight.has(key);
  }
}

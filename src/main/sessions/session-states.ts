import type { SessionChange, SessionState } from '../../shared/session';

/** Every profile's session state, and the listeners told of each change. */
export class SessionStates {
  readonly #states = new Map<string, SessionState>();
  readonly #listeners = new Set<(change: SessionChange) => void>();

  /** The profile's state (signed-out when nothing is known). */
  get(profileId: string): SessionState {
    return this.#states.get(profileId) ?? { status: 'signed-out' };
  }

  /** Records a state and tells every listener. */
  set(profileId: string, state: SessionState): void {
    this.#states.set(profileId, state);
    for (const listener of this.#listeners) listener({ profileId, state });
  }

  /** Forgets a deleted profile without telling anyone. */
  delete(profileId: string): void {
    this.#states.delete(profileId);
  }

  /** Every profile with a known state. */
  entries(): Array<[string, SessionState]> {
    return [...this.#states];
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  onChange(listener: (change: SessionChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

// The window's screens: what fills the right-hand side.

/** Which screen fills the right-hand side. */
export type Screen =
  | { kind: 'home' }
  /** `focusMain`: focus the main button once drawn (at launch, after a sign-in). */
  | { kind: 'profile'; id: string; focusMain?: boolean }
  /** `auto`: start at once when nothing needs typing (a remembered password, M2M, the browser). */
  | { kind: 'sign-in'; id: string; auto?: boolean }
  | { kind: 'add' }
  /** `field`: the form opens with the cursor there (a doctor's "Fix"). */
  | { kind: 'edit'; id: string; field?: string }
  | { kind: 'import' }
  | { kind: 'settings' };

/** The screen to open at launch: the active profile, else the last one used, else home. */
export function launchScreen(data: {
  profiles: readonly { id: string }[];
  activeId: string | null;
  lastUsedId: string | null;
}): Screen {
  const id = [data.activeId, data.lastUsedId].find(
    (candidate) => candidate !== null && data.profiles.some((p) => p.id === candidate),
  );
  return id ? { kind: 'profile', id, focusMain: true } : { kind: 'home' };
}

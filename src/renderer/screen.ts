// The window's screens: what fills the right-hand side.

/** Which screen fills the right-hand side. */
export type Screen =
  | { kind: 'home' }
  | { kind: 'profile'; id: string }
  | { kind: 'sign-in'; id: string }
  | { kind: 'add' }
  | { kind: 'edit'; id: string }
  | { kind: 'import' }
  | { kind: 'settings' };

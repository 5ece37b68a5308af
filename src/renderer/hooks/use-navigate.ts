// Main asks the window to show a screen (the tray's "Sign in…", "More…", "Settings…").
import { useEffect } from 'react';
import type { Navigate } from '../../shared/contract-views';
import { bridge } from '../bridge';
import type { Screen } from '../screen';

/** The screen a navigation request names. */
export function screenFor(target: Navigate): Screen {
  switch (target.to) {
    case 'home':
    case 'list':
      return { kind: 'home' };
    case 'settings':
      return { kind: 'settings' };
    case 'profile':
      return { kind: 'profile', id: target.profileId };
    case 'sign-in':
      return { kind: 'sign-in', id: target.profileId };
  }
}

/** Follows navigation requests; "list" also puts the cursor in the filter box. */
export function useNavigate(go: (screen: Screen) => void): void {
  useEffect(() => {
    const api = bridge();
    if (!api) return;
    return api.onNavigate((target) => {
      go(screenFor(target));
      if (target.to === 'list') {
        requestAnimationFrame(() => document.getElementById('profile-filter')?.focus());
      }
    });
  }, [go]);
}

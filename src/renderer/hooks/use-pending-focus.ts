// Focus that must wait for React: after a sign-in, a delete or a failed submit the element to
// focus is drawn by a later render (or only after main's answer). A request is retried after each
// render of the owner until `find` returns an element, which is then focused and scrolled to.
import { useCallback, useEffect, useRef, useState } from 'react';

/** Finds the element to focus, or null while it is not drawn yet. */
export type FocusFinder = () => HTMLElement | null;

/** Focuses `element` and brings it into view (the nearest edge: no jump when it is visible). */
export function focusInView(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Returns `request(find)`: focus what `find` returns as soon as it returns something. */
export function usePendingFocus(): (find: FocusFinder) => void {
  const pending = useRef<FocusFinder | null>(null);
  const [, setAsked] = useState(0);
  useEffect(() => {
    const find = pending.current;
    if (!find) return;
    const element = find();
    if (!element) return;
    pending.current = null;
    focusInView(element);
  });
  return useCallback((find: FocusFinder) => {
    pending.current = find;
    setAsked((n) => n + 1);
  }, []);
}

/** The list's current profile (its one tab stop), else the filter box. */
export function listFocusTarget(): HTMLElement | null {
  const list = document.querySelector<HTMLElement>('nav[aria-label="Profiles"]');
  if (!list) return null;
  return (
    list.querySelector<HTMLElement>('[data-profile-id][tabindex="0"]') ??
    list.querySelector<HTMLElement>('input')
  );
}

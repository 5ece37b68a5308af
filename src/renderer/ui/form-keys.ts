// What every form does with the keyboard and with a failed submit: Escape cancels, and the
// first field showing an error gets the focus (its folded section opened, scrolled into view).
import type { KeyboardEvent } from 'react';
import { focusInView } from '../hooks/use-pending-focus';

/** A form's onKeyDown: Escape runs `onCancel` (a select or a dialog inside keeps its own). */
export function escapeCancels(onCancel: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  };
}

/** Focuses the first invalid field in `form` once drawn; false when none shows an error. */
export function focusFirstInvalid(form: HTMLElement | null): boolean {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!invalid) return false;
  // A radio group is marked as a whole: its first choice takes the focus.
  const field = invalid.matches('input, select, textarea, button')
    ? invalid
    : (invalid.querySelector<HTMLElement>('input, select, textarea, button') ?? invalid);
  const folded = field.closest('details');
  if (folded) folded.open = true;
  focusInView(field);
  return true;
}

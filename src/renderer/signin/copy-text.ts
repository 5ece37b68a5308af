// Copies text the window already shows (the authenticator key) with the page's own copy
// command: it needs no clipboard permission, which the app denies to every page.

/** Copies `text`; false when the page could not. */
export function copyShownText(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    // Deprecated, yet the one copy that needs no permission; the key stays selectable anyway.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

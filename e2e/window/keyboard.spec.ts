// The window from the keyboard alone: Tab reaches the toolbar, the form is filled field by field
// with Tab (the sign-in kinds' radio group is one stop) and sent with Enter, and the focused
// control always shows a visible outline.
import { expect, test } from '../support/app-fixture';

/** The focused element's accessible bits and whether it draws a focus outline. */
async function focused(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const doc = globalThis as unknown as {
      document: {
        activeElement: { tagName: string; textContent: string | null; id: string } | null;
      };
      getComputedStyle(el: unknown): { outlineStyle: string; outlineWidth: string };
    };
    const el = doc.document.activeElement;
    const style = el ? doc.getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim(),
      outlined: style !== null && style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
    };
  });
}

test('a profile is added with the keyboard only, focus always visible', async ({
  page,
  app,
  services,
}) => {
  await app.open();
  await expect(page.getByRole('heading', { name: 'No profiles yet' })).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Add profile', outlined: true });
  await page.keyboard.press('Enter');
  // The form opens with the cursor in its first field.
  await expect(page.getByLabel('Profile name')).toBeFocused();
  await page.keyboard.type('keys only');
  // The kinds are one radio group: Tab stops once, on the checked one (arrow keys change it).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Password (SRP or plain)' })).toBeFocused();
  expect((await focused(page)).outlined).toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('User pool id')).toBeFocused();
  await page.keyboard.type(services.pool.poolId);
  await page.keyboard.press('Tab');
  await page.keyboard.type(services.pool.clientId);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Client secret')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Sign-in flow')).toBeFocused();
  expect((await focused(page)).outlined).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.type('ada');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^keys only/ })).toBeVisible();
  // The new profile is in the list, and reachable by Tab from the filter box.
  await page.getByLabel('Filter profiles').focus();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'button', outlined: true });
  expect((await focused(page)).text).toMatch(/^keys only/);
});

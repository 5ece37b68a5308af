// Accessibility: axe-core on the page as it stands, in the light scheme and in the dark one;
// serious and critical findings in either fail. Only colours differ between the schemes, so the
// dark pass runs the colour-contrast rule alone (the whole set again would double every run).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

async function findings(builder: AxeBuilder): Promise<string[]> {
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** Runs axe on `page` in light and in dark; `screen` names it in the failure. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await findings(new AxeBuilder({ page }));
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await findings(new AxeBuilder({ page }).withRules(['color-contrast']));
  await page.emulateMedia({ colorScheme: 'light' });
  const bad = [...light.map((f) => `light: ${f}`), ...dark.map((f) => `dark: ${f}`)];
  expect(bad, `axe on the ${screen} screen`).toEqual([]);
}

// Accessibility: axe-core on the page as it stands, in the light scheme and in the dark one;
// serious and critical findings in either fail. Only colours differ between the schemes, so the
// dark pass runs the colour-contrast rule alone (the whole set again would double every run).
// Legacy mode: axe.run in the page itself. The default injects axe into the page and again into
// a blank page it opens to finish the run, which made the journeys about a fifth slower; the
// window has no frames, the one thing legacy mode leaves out (e2e/web/axe-check.spec.ts shows
// it still finds what a person would meet).
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
  const light = await findings(new AxeBuilder({ page }).setLegacyMode());
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await findings(
    new AxeBuilder({ page }).setLegacyMode().withRules(['color-contrast']),
  );
  await page.emulateMedia({ colorScheme: 'light' });
  const bad = [...light.map((f) => `light: ${f}`), ...dark.map((f) => `dark: ${f}`)];
  expect(bad, `axe on the ${screen} screen`).toEqual([]);
}

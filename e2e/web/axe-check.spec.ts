// The accessibility check the window journeys run (e2e/support/axe.ts) fails on what a person
// would meet: a button without a name, and text too faint in the dark scheme only. It runs axe in
// the page itself (legacy mode), so this shows that mode still finds both.
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';

const PAGE = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>axe</title><style>
  body { background: #fff; color: #111; }
  @media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } .faint { color: #333; } }
</style></head><body><main><h1>Check</h1>${body}</main></body></html>`;

test('passes a page a person can use in both schemes', async ({ page }) => {
  await page.setContent(PAGE('<p>Readable</p><button>Copy ID token</button>'));
  await expectAccessible(page, 'good');
});

test('fails on a nameless button', async ({ page }) => {
  await page.setContent(PAGE('<button></button>'));
  await expect(expectAccessible(page, 'nameless')).rejects.toThrow(/light: button-name/);
});

test('fails on text that only the dark scheme makes too faint', async ({ page }) => {
  await page.setContent(PAGE('<p class="faint">Expires in 42 min</p>'));
  await expect(expectAccessible(page, 'faint')).rejects.toThrow(/dark: color-contrast/);
});

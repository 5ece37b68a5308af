// Collects what a page reports as broken: console errors (CSP violations and failed loads
// land there too) and uncaught exceptions.
import type { Page } from '@playwright/test';

/** Starts collecting; read the returned array at the end of the test. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

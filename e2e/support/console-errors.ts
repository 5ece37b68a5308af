// Collects what a page reports as broken: console errors (failed loads land there too),
// uncaught exceptions, and Content Security Policy violations, which Chromium reports as an
// event and does not always log (a refused `new Function` probe, say).
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

/** collectPageErrors plus every CSP violation of every document the page loads from now on. */
export async function collectPageProblems(page: Page): Promise<string[]> {
  const problems = collectPageErrors(page);
  await page.exposeFunction('ctmReportViolation', (text: string) => {
    problems.push(`csp: ${text}`);
  });
  await page.addInitScript(() => {
    // Runs in the page; the e2e project has no DOM types, so the shapes are named here.
    const page = globalThis as unknown as {
      document: {
        addEventListener(
          type: string,
          listener: (event: { violatedDirective: string; blockedURI: string }) => void,
        ): void;
      };
      ctmReportViolation(text: string): Promise<void>;
    };
    page.document.addEventListener('securitypolicyviolation', (event) => {
      void page.ctmReportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

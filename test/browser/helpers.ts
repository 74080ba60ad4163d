import { expect, type Page } from '@playwright/test';
import '../../src/test-hook'; // types window.__STANDOFF__

// SwiftShader's harmless performance notes in WebGL mode; everything else counts as a problem.
const HARMLESS = [/GPU stall due to ReadPixels/];

/** Collects what should never happen on a page: console errors and warnings, uncaught errors,
 *  requests to another origin, and Content-Security-Policy violations. */
export function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (['error', 'warning'].includes(message.type()) && !HARMLESS.some((re) => re.test(text))) {
      problems.push(`console.${message.type()}: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    const own = new URL(page.url() === 'about:blank' ? request.url() : page.url()).origin;
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== own) problems.push(`foreign request: ${url.href}`);
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

/** Opens the title screen and waits until it has drawn. */
export async function openTitle(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await page.waitForFunction(() => window.__STANDOFF__?.ready() === true, null, { timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => window.__STANDOFF__?.scene())).toBe('Title');
}

/** A point in the 1280×720 design space, in page pixels (the canvas is letterboxed and scaled). */
export async function designToPage(page: Page, x: number, y: number) {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return { x: box.x + (x * box.width) / 1280, y: box.y + (y * box.height) / 720 };
}

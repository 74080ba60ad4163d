import type { Page } from '@playwright/test';
// Types only: declares window.__STANDOFF__ (loading the module itself would load Phaser into Node).
import type {} from '../../src/test-hook';

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

/** Waits until `key` is the screen on top and has drawn. */
export async function waitScreen(page: Page, key: string): Promise<void> {
  await page.waitForFunction((k) => window.__STANDOFF__?.scene() === k && window.__STANDOFF__.ready(), key, { timeout: 15_000 });
}

/** Ends `weeks` weeks from the Table with E, and Enter back from each week's result. */
export async function playWeeks(page: Page, weeks: number): Promise<void> {
  for (let week = 0; week < weeks; week += 1) {
    await page.keyboard.press('e');
    await waitScreen(page, 'WeekResult');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
  }
}

/** Ends weeks with E and Enter until the Debrief. */
export async function playOut(page: Page): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('e');
    await waitScreen(page, 'WeekResult');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => ['Table', 'Debrief'].includes(window.__STANDOFF__!.scene()) && window.__STANDOFF__!.ready());
    if ((await page.evaluate(() => window.__STANDOFF__!.scene())) === 'Debrief') return;
  }
  throw new Error('the game did not end');
}

/** Opens the title screen and waits until it has drawn. */
export async function openTitle(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await waitScreen(page, 'Title');
}

/** A point in the 1280×720 design space, in page pixels (the canvas is letterboxed and scaled). */
export async function designToPage(page: Page, x: number, y: number) {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return { x: box.x + (x * box.width) / 1280, y: box.y + (y * box.height) / 720 };
}

/** Clicks a canvas control by its accessible name, with the real mouse, where it is drawn; `dx` moves the
 *  click right of the centre by that share of the control's width (0.45: a stepper's ▶). */
export async function clickControl(page: Page, name: string | RegExp, dx = 0): Promise<void> {
  const controls = await page.evaluate(() => window.__STANDOFF__!.controls());
  const match = controls.filter((c) => (typeof name === 'string' ? c.name === name : name.test(c.name)));
  if (match.length !== 1) throw new Error(`${match.length} controls named ${String(name)}: ${controls.map((c) => c.name).join(' | ')}`);
  const c = match[0]!;
  const { x, y } = await designToPage(page, c.x + dx * c.w, c.y);
  await page.mouse.click(x, y);
}

/** The game in the store, as plain data the test can read. */
export const game = (page: Page) =>
  page.evaluate(() => {
    const s = window.__STANDOFF__!.store.getState();
    const session = s.session;
    return session
      ? { week: session.state.week, outcome: session.state.outcome, log: session.log, players: session.setup.players, mode: session.setup.mode, seed: session.setup.seed, history: session.state.history.length }
      : null;
  });

/** Tabs forward until the focused control has this accessible name (as a keyboard user would). */
export async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
    });
    if (here === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not Tab to ${name}`);
}

import { expect, test } from '@playwright/test';
import { game, openTitle, waitScreen, watch } from './helpers';

// The default scenario, untouched, played to its end: the player ends each week and the AI plays its own.
// No console errors, no requests to another origin, no CSP violations on the way.

test('the default scenario plays to its end', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');
  await page.locator('#sr-mirror').getByRole('textbox', { name: 'Seed' }).fill('full');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
  const horizon = await page.evaluate(() => window.__STANDOFF__!.store.getState().session!.scenario.horizonWeeks);
  expect(horizon).toBe(52);

  for (let week = 0; week < horizon; week += 1) {
    await page.keyboard.press('e');
    await waitScreen(page, 'WeekResult');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => ['Table', 'Debrief'].includes(window.__STANDOFF__!.scene()) && window.__STANDOFF__!.ready());
    if ((await page.evaluate(() => window.__STANDOFF__!.scene())) === 'Debrief') break;
  }
  const end = (await game(page))!;
  expect(end.outcome).not.toBeNull();
  expect(end.history).toBe(end.outcome!.week + 1);
  // the autosave holds the finished game, whose log replays to it
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('standoff:save')!));
  expect(saved.log).toEqual(end.log);
  expect(problems).toEqual([]);
});

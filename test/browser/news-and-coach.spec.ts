import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

// People in the news and the coach that reacts to what happens, played by keyboard in the tutorial; a first
// visit (no save, no settings) finds the tutorial chosen on Setup.

const sr = (page: Page) => page.locator('#sr-mirror');
const coach = (page: Page) => sr(page).getByRole('region', { name: 'Coach' });
const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: join(info.project.outputDir, 'world', `${name}.png`) });

/** Puts coach prompts away with the keyboard until one with this title shows; false when none is left first. */
async function putAwayUntil(page: Page, title: string): Promise<boolean> {
  for (let i = 0; i < 6; i += 1) {
    if ((await coach(page).count()) === 0) return false;
    if ((await coach(page).getByRole('heading').textContent())?.endsWith(title)) return true;
    await coach(page).getByRole('button', { name: 'Got it' }).focus();
    await page.keyboard.press('Enter');
  }
  return false;
}

async function endWeek(page: Page): Promise<void> {
  await page.keyboard.press('e');
  await waitScreen(page, 'WeekResult');
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test.describe('a first visit', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('Setup has the tutorial chosen for a player with no save and no settings', async ({ page }) => {
    await openTitle(page);
    await sr(page).getByRole('button', { name: 'New game' }).focus();
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Setup');
    const scenarios = sr(page).getByRole('radiogroup', { name: 'Scenario' }).getByRole('radio');
    await expect(scenarios.nth(0)).toHaveAccessibleName('Tutorial: the Millbrook dispute');
    await expect(scenarios.nth(0)).toBeChecked();
  });
});

test('the tutorial\u2019s coach answers a strike and an offer, and people in the news react', async ({ page }, info) => {
  const problems = watch(page);
  await openTitle(page);
  await sr(page).getByRole('button', { name: 'New game' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');
  const scenarios = sr(page).getByRole('radiogroup', { name: 'Scenario' }).getByRole('radio');
  await scenarios.nth(1).focus();
  await page.keyboard.press('ArrowUp'); // the tutorial
  await sr(page).getByRole('textbox', { name: 'Seed' }).fill('news');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');

  // Week 1: call a strike. The week's result carries what people said about it, marked invented.
  await page.keyboard.press('s');
  await expect(page.locator('#sr-live')).toContainText('Queued: a');
  await endWeek(page);
  await expect(sr(page)).toContainText('The Union called a');
  await expect(sr(page)).toContainText("Invented for the game: \u201cThey've told me it might move. I'd just like to know either way.\u201d \u2014 A Millbrook patient waiting for a hernia repair");
  await shot(page, info, 'week-result-voices');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
  await expect(sr(page).getByRole('listitem').filter({ hasText: 'A Millbrook patient waiting for a hernia repair' })).toHaveText(/^Invented for the game: /);

  // The board answered in week 1 with an offer: once the week's own prompt is away, the coach gives its value
  // and the walk-away as the Table shows them, and outlines both; then it turns to the strike called.
  expect(await putAwayUntil(page, 'An offer has arrived')).toBe(true);
  const text = (await coach(page).locator('p').first().textContent())!;
  const [, value, walkAway] = /It's worth (\d+) to you; your walk-away is (\d+)/.exec(text)!;
  const canvas = await page.evaluate(() => window.__STANDOFF__!.texts());
  expect(canvas).toContain(`Your walk-away: ${walkAway}.  ✓ beats it,  ✗ does not.`);
  expect(canvas.some((t) => t === `${value}  ✓` || t === `${value}  ✗`)).toBe(true);
  await expect(coach(page)).toContainText("Outlined on the Table: their offer's value to you and your walk-away, in the terms panel.");
  await shot(page, info, 'table-coach-offer');
  await coach(page).getByRole('button', { name: 'Got it' }).focus();
  await page.keyboard.press('Enter');
  await expect(coach(page).getByRole('heading')).toHaveText(/A strike has been called$/);
  await expect(coach(page)).toContainText('A strike is now on the calendar');
  await shot(page, info, 'table-coach-strike');
  expect(problems).toEqual([]);
});

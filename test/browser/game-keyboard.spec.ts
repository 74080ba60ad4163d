import { expect, test, type Page } from '@playwright/test';
import { game, openTitle, playOut, tabTo, waitScreen, watch } from './helpers';

// Whole games played with the keyboard alone, on a scenario cut to a few weeks (?weeks=, test builds only).

/** Title → Setup → Briefing → Table, with Tab, arrows, typing and Enter. */
async function setUp(page: Page, side: 'union' | 'employer', seed: string, weeks: number): Promise<void> {
  await openTitle(page, `?weeks=${weeks}`);
  await page.keyboard.press('Tab'); // New game
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');
  await page.keyboard.press('Tab'); // scenario
  await page.keyboard.press('Tab'); // open a scenario file
  await page.keyboard.press('Tab'); // side
  if (side === 'employer') await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab'); // opponent
  await page.keyboard.press('Tab'); // mode
  await page.keyboard.press('Tab'); // seed
  await expect(page.locator('#sr-mirror input[type=text]')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(seed);
  await page.keyboard.press('Enter'); // Enter in the seed field starts the game
  await waitScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
}


test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('a whole game as the BMA, keyboard only', async ({ page }) => {
  const problems = watch(page);
  await setUp(page, 'union', '2025', 4);
  expect(await game(page)).toMatchObject({ week: 0, seed: '2025', players: { union: 'human', employer: 'ai:pragmatist' } });

  // Week 1: lower the pay claim with the arrow keys, propose it, call a strike, end the week.
  await tabTo(page, 'Pay uplift, your next offer');
  await expect(page.locator(':focus')).toHaveAttribute('aria-valuetext', /^29 pp/);
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).toHaveAttribute('aria-valuetext', /^26 pp, \+\d+/);
  await page.keyboard.press('p');
  await expect(page.locator('#sr-live')).toContainText('Queued: your offer');
  await page.keyboard.press('s');
  await expect(page.locator('#sr-live')).toContainText('Queued: a 3-day strike from Mon 21 Jul 2025');
  await page.keyboard.press('a'); // nothing to accept: the reason is read out, nothing queued
  await expect(page.locator('#sr-live')).toContainText('There is no Government offer on the table to answer.');
  expect((await game(page))!.log).toEqual([
    { side: 'union', type: 'propose', offer: { pay: 26, trainingPosts: 4000, examFees: 100, rotaReform: 3 } },
    { side: 'union', type: 'callStrike', start: '2025-07-21', days: 3 },
  ]);
  await page.keyboard.press('e');
  await waitScreen(page, 'WeekResult');
  await expect(page.locator('#sr-live')).toContainText('The BMA called a 3-day strike from Mon 21 Jul 2025');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');

  await playOut(page);
  const end = (await game(page))!;
  expect(end.outcome).not.toBeNull();
  expect(end.history).toBe(end.outcome!.week + 1);
  await expect(page.locator('#page').getByRole('tab', { name: /Outcome/ })).toHaveAttribute('aria-selected', 'true'); // the debrief, a DOM page
  expect(problems).toEqual([]);
});

test('a whole game as the Government, keyboard only', async ({ page }) => {
  const problems = watch(page);
  await setUp(page, 'employer', '77', 3);
  expect((await game(page))!.players).toEqual({ union: 'ai:pragmatist', employer: 'human' });

  await tabTo(page, 'Pay uplift, your next offer');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('aria-valuetext', /^3 pp, £225m/);
  await page.keyboard.press('p');
  await tabTo(page, 'Tone of the statement');
  await page.keyboard.press('ArrowLeft'); // conciliatory
  await page.keyboard.press('t');
  await page.keyboard.press('t'); // again: withdraws it
  await expect(page.locator('#sr-live')).toContainText('Withdrawn: a conciliatory statement');
  await page.keyboard.press('t');
  expect((await game(page))!.log.map((a) => a.type)).toEqual(['propose', 'statement']);
  await playOut(page);
  expect((await game(page))!.outcome).not.toBeNull();
  expect(problems).toEqual([]);
});

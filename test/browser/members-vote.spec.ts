import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { game, openTitle, playOut, playWeeks, tabTo, waitScreen, watch } from './helpers';

// A members' vote set up by keyboard: its length and whether strikes go on, chosen with the two steppers under
// the answers; a vote still open at the game's horizon is counted before the game ends.


/** A 4-week game as the BMA against the AI Government, straight onto the Table. */
async function start(page: Page, textSize: 'standard' | 'large' = 'standard'): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page, '?weeks=4');
  await page.evaluate((size) => {
    const store = window.__STANDOFF__!.store.getState();
    store.setSettings({ textSize: size });
    store.newGame({ scenarioId: 'resident-doctors-2025', seed: '2025', players: { union: 'human', employer: 'ai:pragmatist' }, mode: 'practice' });
  }, textSize);
  await page.evaluate(() => window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Table'));
  await waitScreen(page, 'Table');
}

test("a members' vote of a chosen length, with strikes going on, by keyboard; counted past the horizon", async ({ page }) => {
  const problems = watch(page);
  await start(page);
  await playWeeks(page, 2); // the Government's offer now stands and can be answered

  // Week 3 of 4: a three-week vote (it closes after the horizon), strikes going on.
  await tabTo(page, "Length of the members' vote");
  await expect(page.locator(':focus')).toHaveAttribute('aria-valuetext', 'Vote: 4 weeks');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).toHaveAttribute('aria-valuetext', 'Vote: 3 weeks');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Notified strike days during the vote');
  await expect(page.locator(':focus')).toHaveAttribute('aria-valuetext', /^Strikes paused/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('aria-valuetext', /^Strikes go on: notified strike days go ahead/);
  await page.keyboard.press('m');
  // Their offer is below the walk-away: the Table asks once first; Enter confirms.
  await expect(page.getByRole('dialog', { name: 'Put terms below your walk-away to a vote?' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#sr-live')).toContainText("Queued: putting their offer to members' vote (members vote over 3 weeks; notified strikes go on)");
  expect((await game(page))!.log.at(-1)).toEqual({ side: 'union', type: 'putToMembers', voteWeeks: 3, continueAction: true });
  // Once an answer is queued the vote's settings are locked.
  await expect(page.locator('#sr-mirror input[data-action="vote:weeks"]')).toHaveAttribute('aria-disabled', 'true');

  await page.keyboard.press('e');
  await waitScreen(page, 'WeekResult');
  await expect(page.locator('#sr-live')).toContainText('a 3-week vote, counted in week 6, with notified strike days going ahead meanwhile');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
  // The terms panel says how the vote runs.
  await expect(page.locator('#sr-mirror')).toContainText('a 3-week vote, counted in week 6');

  // The horizon passes with the vote open: the game runs on, week by week, until it is counted in week 6.
  await playWeeks(page, 1);
  expect(await game(page)).toMatchObject({ week: 4, outcome: null });
  await expect(page.locator('#sr-mirror')).toContainText('Week 5: vote count');
  await playOut(page);
  const end = (await game(page))!;
  expect(end.outcome).toMatchObject({ week: 5 });
  expect(end.history).toBe(6);
  expect(problems).toEqual([]);
});

for (const size of ['standard', 'large'] as const) {
  test(`screenshot: the vote's steppers on the Table, ${size} text`, async ({ page }, info) => {
    const problems = watch(page);
    await start(page, size);
    await playWeeks(page, 1);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: join(info.project.outputDir, 'screens', `table-vote-steppers-${size}-1280.png`) });
    await page.evaluate(() => window.__STANDOFF__!.store.getState().dispatch({ side: 'union', type: 'accept', voteWeeks: 2, continueAction: true }));
    await playWeeks(page, 1);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: join(info.project.outputDir, 'screens', `table-vote-running-${size}-1280.png`) });
    expect(problems).toEqual([]);
  });
}

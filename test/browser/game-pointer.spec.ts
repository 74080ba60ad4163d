import { expect, test } from '@playwright/test';
import { clickControl, game, openTitle, waitScreen, watch } from './helpers';

// A whole game with real mouse clicks on the canvas: the test hook only says where each control is drawn.

test('a whole game with the mouse', async ({ page }, testInfo) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page, '?weeks=3');
  await clickControl(page, 'New game');
  await waitScreen(page, 'Setup');
  await clickControl(page, 'Government'); // your side
  await clickControl(page, 'Practice'); // the mode
  await clickControl(page, 'Start game');
  await waitScreen(page, 'Briefing');
  await clickControl(page, 'To the table');
  await waitScreen(page, 'Table');
  expect(await game(page)).toMatchObject({ players: { union: 'ai:pragmatist', employer: 'human' }, mode: 'practice' });

  // An info panel on a figure, opened and closed by clicks.
  await clickControl(page, /^NHS waiting list:/);
  await expect(page.getByRole('dialog')).toContainText('NHS England statistics');
  await page.screenshot({ path: testInfo.outputPath('table-info-panel.png') });
  await clickControl(page, 'Close');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Offer 2 pp by clicking ▶ four times, then propose.
  for (let i = 0; i < 4; i += 1) await clickControl(page, 'Pay uplift, your next offer', 0.42);
  await clickControl(page, 'Propose these terms');
  expect((await game(page))!.log).toEqual([{ side: 'employer', type: 'propose', offer: { pay: 2, trainingPosts: 0, examFees: 0, rotaReform: 0 } }]);

  for (let week = 0; week < 10; week += 1) {
    await clickControl(page, 'End the week');
    await waitScreen(page, 'WeekResult');
    const over = (await game(page))!.outcome !== null;
    await clickControl(page, over ? 'See the outcome' : 'Back to the table');
    await waitScreen(page, over ? 'Debrief' : 'Table');
    if (over) break;
    if (week === 0) {
      // practice mode: undo the week just played, then play it again
      await clickControl(page, 'Undo last week');
      await waitScreen(page, 'Table');
      expect((await game(page))!.week).toBe(0);
    }
  }
  expect((await game(page))!.outcome).not.toBeNull();
  await page.locator('#page').getByRole('button', { name: /^Play again/ }).click(); // the debrief is a DOM page
  await waitScreen(page, 'Briefing');
  expect(await game(page)).toMatchObject({ week: 0, log: [] });
  expect(problems).toEqual([]);
});

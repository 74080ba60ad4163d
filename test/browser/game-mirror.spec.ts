import { expect, test } from '@playwright/test';
import { game, openTitle, waitScreen, watch } from './helpers';

// A whole game through the DOM mirror alone, as a screen-reader user meets it: headings, text, and real
// controls found by role and name, used with the keyboard.

test('a whole game through the screen-reader mirror', async ({ page }) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page, '?weeks=3');
  const sr = page.locator('#sr-mirror');
  const live = page.locator('#sr-live');
  const press = async (role: 'button' | 'slider' | 'radio', name: string | RegExp, key = 'Enter') => {
    await sr.getByRole(role, { name }).focus();
    await page.keyboard.press(key);
  };

  await press('button', 'New game');
  await waitScreen(page, 'Setup');
  await expect(sr.getByRole('heading', { level: 1 })).toHaveText('New game');
  await press('radio', 'Pragmatist', 'ArrowDown'); // the opponent, from the scenario's default to the next
  await expect(sr.getByRole('radio', { name: 'Reciprocator' })).toBeChecked();
  await expect(sr).toContainText('Mirrors the union'); // the description for the side the persona plays
  await sr.getByRole('textbox', { name: 'Seed' }).fill('mirror');
  await press('button', 'Start game');

  await waitScreen(page, 'Briefing');
  await expect(sr.getByRole('heading', { level: 1 })).toHaveText('Confidential brief: BMA');
  await expect(sr).toContainText('What you know that the Government does not');
  await press('button', 'To the table');

  await waitScreen(page, 'Table');
  await expect(sr.getByRole('heading', { level: 1 })).toHaveText('Week 1 of 3: Mon 7 Jul – Sun 13 Jul 2025');
  for (const heading of ['The dispute', 'The terms', 'Your moves this week', 'What they said', 'News']) {
    await expect(sr.getByRole('heading', { level: 2, name: heading })).toHaveCount(1);
  }
  // a figure's source, in a dialog; Escape closes it and gives the focus back
  await press('button', /^Public opinion of the strikes: 26% support/);
  const dialog = page.getByRole('dialog', { name: 'Public opinion' });
  await expect(dialog).toContainText('Ipsos');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(sr.getByRole('button', { name: /^Public opinion of the strikes/ })).toBeFocused();

  // greyed moves say why
  await expect(sr.getByRole('button', { name: 'Accept and recommend' })).toHaveAttribute('aria-disabled', 'true');
  await press('button', 'Accept and recommend');
  await expect(live).toHaveText('There is no Government offer on the table to answer.');

  await press('slider', 'Pay uplift, your next offer', 'End'); // the top of the grid
  await press('slider', 'Pay uplift, your next offer', 'ArrowLeft');
  await expect(sr.getByRole('slider', { name: 'Pay uplift, your next offer' })).toHaveAttribute('aria-valuetext', /^29\.5 pp/);
  await press('button', 'Propose these terms');
  await expect(live).toContainText('Queued: your offer');
  await press('button', 'Open a strike ballot'); // too late in a 3-week dispute: it says so
  await expect(live).toHaveText('A ballot opened now would close after the scenario ends.');
  await press('button', 'Make a statement');

  for (let week = 1; week <= 3; week += 1) {
    await press('button', 'End the week');
    await waitScreen(page, 'WeekResult');
    await expect(live).toContainText(`Week ${week} of 3`);
    await expect(sr.getByRole('heading', { level: 2, name: 'Headlines' })).toHaveCount(1);
    const over = (await game(page))!.outcome !== null;
    await press('button', over ? 'See the outcome' : 'Back to the table');
    if (over) break;
    await waitScreen(page, 'Table');
  }
  await waitScreen(page, 'Debrief');
  // The debrief is a DOM page: its own headings, tabs and text, read as they are.
  const debrief = page.locator('#page');
  await expect(debrief.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(debrief.getByRole('tab', { name: /Outcome/ })).toHaveAttribute('aria-selected', 'true');
  await expect(debrief.getByRole('tabpanel')).toContainText('(you)');
  expect((await game(page))!.log.filter((a) => a.side === 'union').map((a) => a.type)).toEqual(['propose', 'statement', 'endTurn', 'endTurn', 'endTurn']);
  expect(problems).toEqual([]);
});

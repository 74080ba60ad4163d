import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { money } from '../../src/views/format';

/** The scenario these games play (resident doctors, 2025) counts in pounds. */
const POUNDS = { code: 'GBP', symbol: '£' };
import { game, openTitle, waitScreen, watch } from './helpers';

// Hot-seat: two people, one screen. A whole (two-week) game through the real screens, checking at every
// step that what one side keeps private never shows while the other side plays: not on the canvas, not in the
// screen-reader mirror, not in the live region.

/** Everything a player could read or hear on the screen now. */
async function onScreen(page: Page): Promise<string> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))); // the live region settles
  return page.evaluate(() => [...window.__STANDOFF__!.texts(), document.getElementById('sr-mirror')!.textContent, document.getElementById('sr-live')!.textContent].join('\n'));
}

/** Each side's private figures, as the screens would write them. */
async function secrets(page: Page) {
  const s = await page.evaluate(() => {
    const state = window.__STANDOFF__!.store.getState().session!.state;
    return { morale: state.union.moraleBp, fund: state.union.fundK, headroom: state.employer.headroomK };
  });
  return { union: ['Morale', 'Strike fund', money(s.fund, POUNDS)], employer: ['Headroom', money(s.headroom, POUNDS)] };
}

/**
 * The Table's par for `side`, facing a person: the mean of the seat's par over the opposing personas (from the par
 * table the page computed for this cut-short scenario), saying what it means; then a screenshot of it.
 */
async function expectParFacingPerson(page: Page, side: 'union' | 'employer', shot: string): Promise<void> {
  const button = page.locator('#sr-mirror').getByRole('button', { name: /^Par / });
  await expect(button).toHaveText(/^Par [\d.]+: /, { timeout: 30_000 }); // computed in a worker for this test build's scenario
  const row = await page.evaluate((s) => {
    const state = window.__STANDOFF__!.store.getState();
    const status = state.pars[state.session!.state.scenarioHash];
    return status?.kind === 'ready' ? Object.values(status.table[s]) : [];
  }, side);
  expect(row.length).toBeGreaterThan(1);
  const mean = Math.round((row.reduce((a, b) => a + b, 0) / row.length) * 10) / 10;
  await expect(button).toHaveText(`Par ${mean}: what the computer scores in your seat against an opponent it does not know`);
  await page.screenshot({ path: shot });
}

const enter = async (page: Page, next: string) => {
  await page.keyboard.press('Enter');
  await waitScreen(page, next);
};

test('a whole hot-seat game: each side sees only its own brief and private figures', async ({ page }, info) => {
  test.setTimeout(60_000);
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page, '?weeks=2');
  const sr = page.locator('#sr-mirror');
  await sr.getByRole('button', { name: 'New game' }).focus();
  await enter(page, 'Setup');
  const second = sr.getByRole('radio', { name: 'A second player' });
  await second.focus();
  await page.keyboard.press(' ');
  await expect(second).toBeChecked();
  await expect(sr).toContainText('Two players take turns on this screen');
  await sr.getByRole('textbox', { name: 'Seed' }).fill('hot');
  await sr.getByRole('button', { name: 'Start game' }).focus();
  await enter(page, 'Pass');
  expect(await game(page)).toMatchObject({ players: { union: 'human', employer: 'human' }, week: 0 });

  const unionBrief = 'What you know that the Government does not';
  const employerBrief = 'What you know that the BMA does not';
  for (let week = 0; week < 2; week += 1) {
    // The BMA's turn.
    let text = await onScreen(page);
    let hidden = await secrets(page);
    expect(text).toContain('Pass the device to the BMA');
    for (const s of [...hidden.union, ...hidden.employer]) expect(text).not.toContain(s);
    if (week === 0) {
      await enter(page, 'Briefing');
      text = await onScreen(page);
      expect(text).toContain(unionBrief);
      expect(text).not.toContain(employerBrief);
      await enter(page, 'Table');
    } else {
      await enter(page, 'Table');
    }
    text = await onScreen(page);
    for (const s of hidden.union) expect(text).toContain(s);
    for (const s of hidden.employer) expect(text).not.toContain(s);
    if (week === 0) await expectParFacingPerson(page, 'union', join(info.project.outputDir, 'screens', 'hot-seat-table-par-1280.png'));
    // A move the Government must not see before the week is played: an offer of 17 pp.
    if (week === 0) {
      await page.evaluate(() => window.__STANDOFF__!.store.getState().dispatch({ side: 'union', type: 'propose', offer: { pay: 17, trainingPosts: 2000, examFees: 50, rotaReform: 1 } }));
      await expect.poll(() => onScreen(page)).toContain('Queued');
    }
    await page.keyboard.press('e');
    await waitScreen(page, 'Pass');

    if (week === 0) {
      // A reload between turns comes back to the hand-over screen, not to either side's table.
      await page.reload();
      await waitScreen(page, 'Title');
      await sr.getByRole('button', { name: 'Continue' }).focus();
      await enter(page, 'Pass');
    }

    // The Government's turn.
    text = await onScreen(page);
    hidden = await secrets(page);
    expect(text).toContain('Pass the device to the Government');
    if (week === 0) await page.screenshot({ path: join(info.project.outputDir, 'screens', 'hot-seat-pass-1280.png') });
    for (const s of [...hidden.union, ...hidden.employer, '17 pp']) expect(text).not.toContain(s);
    if (week === 0) {
      await enter(page, 'Briefing');
      text = await onScreen(page);
      expect(text).toContain(employerBrief);
      expect(text).not.toContain(unionBrief);
    }
    await enter(page, 'Table');
    text = await onScreen(page);
    for (const s of hidden.employer) expect(text).toContain(s);
    for (const s of [...hidden.union, ...(week === 0 ? ['17 pp'] : [])]) expect(text).not.toContain(s);
    if (week === 0) await expectParFacingPerson(page, 'employer', join(info.project.outputDir, 'screens', 'hot-seat-table-par-employer-1280.png'));
    await page.keyboard.press('e');
    await waitScreen(page, 'WeekResult');
    text = await onScreen(page);
    for (const s of [...hidden.union, ...hidden.employer]) expect(text).not.toContain(s);
    if (week === 0) expect(text).toContain('The BMA offered'); // played: now it is news for both
    await page.keyboard.press('Enter');
    await waitScreen(page, week === 1 ? 'Debrief' : 'Pass');
  }

  const end = (await game(page))!;
  expect(end.outcome).not.toBeNull();
  expect(end.log.filter((a) => a.type === 'endTurn').map((a) => a.side)).toEqual(['union', 'employer', 'union', 'employer']);
  // The debrief reveals both sides' private values to both players, and calls neither of them "you".
  const debrief = page.locator('#page');
  await expect(debrief).toContainText('Now revealed');
  await expect(debrief.locator('.score .who')).toHaveText(['BMA', 'Government']);
  expect(problems).toEqual([]);
});

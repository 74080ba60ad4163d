import { expect, test } from '@playwright/test';
import { game, openTitle, playWeeks, waitScreen, watch } from './helpers';

test('reload mid-game and continue from the autosave', async ({ page }) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  await page.evaluate(() =>
    window.__STANDOFF__!.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: 'reload', players: { union: 'human', employer: 'ai:hardliner' }, mode: 'normal' }),
  );
  await page.evaluate(() => window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Table'));
  await waitScreen(page, 'Table');
  await playWeeks(page, 2);
  await page.keyboard.press('b'); // a move queued mid-week is saved too
  const before = await game(page);
  expect(before).toMatchObject({ week: 2 });
  expect(before!.log.at(-1)).toEqual({ side: 'union', type: 'openBallot' });

  await page.reload();
  await waitScreen(page, 'Title');
  const cont = page.locator('#sr-mirror').getByRole('button', { name: 'Continue' });
  await expect(cont).not.toHaveAttribute('aria-disabled');
  await expect(cont).toHaveAccessibleDescription('Week 3 as the BMA');
  await cont.focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
  expect(await game(page)).toEqual(before);
  await expect(page.locator('#sr-mirror')).toContainText('Hardliner'); // and the Table shows the same game
  expect(problems).toEqual([]);
});

for (const [kind, raw, message] of [
  ['corrupted', '{"formatVersion":1,"scenarioId":"resident-doc', 'the data is damaged or was cut short'],
  ['future-version', JSON.stringify({ formatVersion: 7, scenarioId: 'x', scenarioVersion: '9', seed: '1', players: { union: 'human', employer: 'ai' }, mode: 'normal', log: [] }), 'it was made by a newer version of Standoff (save format 7'],
] as const) {
  test(`a ${kind} save shows why, and is kept aside`, async ({ page }, testInfo) => {
    await openTitle(page);
    await page.evaluate((text) => localStorage.setItem('standoff:save', text), raw);
    await page.reload();
    await waitScreen(page, 'Title');
    const note = page.locator('#title-note');
    await expect(note).toContainText(`Your saved game could not be opened: ${message}`);
    await expect(note).toContainText('kept in this browser\'s storage as "standoff:save:aside:1"');
    await expect(page.locator('#sr-live')).toContainText('could not be opened');
    await expect(page.locator('#sr-mirror').getByRole('button', { name: 'Continue' })).toHaveAttribute('aria-disabled', 'true');
    expect(await page.evaluate(() => [localStorage.getItem('standoff:save'), localStorage.getItem('standoff:save:aside:1')])).toEqual([null, raw]);
    await page.screenshot({ path: testInfo.outputPath(`title-${kind}-save.png`) });

    // a new game does not overwrite it
    await page.evaluate(() =>
      window.__STANDOFF__!.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: '1', players: { union: 'human', employer: 'ai' }, mode: 'normal' }),
    );
    expect(await page.evaluate(() => localStorage.getItem('standoff:save:aside:1'))).toBe(raw);
  });
}

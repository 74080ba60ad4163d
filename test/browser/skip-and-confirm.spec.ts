import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { game, openTitle, waitScreen, watch } from './helpers';

// Skip to the next event (K) and the confirmation before sending terms below the walk-away to members,
// played by keyboard; with screenshots at standard and large text.

const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: join(info.project.outputDir, 'skip', `${name}.png`) });

async function start(page: Page, players: { union: string; employer: string }, large: boolean, setUp = ''): Promise<void> {
  await openTitle(page);
  await page.evaluate(
    ({ players, large, setUp }) => {
      const store = window.__STANDOFF__!.store.getState();
      store.setSettings({ textSize: large ? 'large' : 'standard' });
      store.newGame({ scenarioId: 'resident-doctors-2025', seed: '3', players, mode: 'practice' });
      if (setUp === 'low-offer') {
        const d = window.__STANDOFF__!.store.getState().dispatch;
        d({ side: 'employer', type: 'propose', offer: { pay: 0.5, trainingPosts: 1000, examFees: 50, rotaReform: 1 } });
        d({ side: 'union', type: 'endTurn' });
        d({ side: 'employer', type: 'endTurn' });
      }
    },
    { players, large, setUp },
  );
  await page.evaluate(() => window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Table'));
  await waitScreen(page, 'Table');
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

for (const large of [false, true]) {
  test(`K skips quiet weeks to the next event, and the week result sums them up${large ? ' (large text)' : ''}`, async ({ page }, info) => {
    const problems = watch(page);
    await start(page, { union: 'human', employer: 'ai:pragmatist' }, large);
    const skip = page.locator('#sr-mirror [data-action="skip"]');
    await expect(skip).toHaveAccessibleName(/^Skip to next event/);
    await shot(page, info, `table-skip-${large ? 'large' : 'standard'}`);
    let skipped = 0;
    for (let i = 0; i < 12 && skipped === 0; i += 1) {
      const before = (await game(page))!.week;
      await page.keyboard.press('k');
      await waitScreen(page, 'WeekResult');
      const report = await page.evaluate(() => window.__STANDOFF__!.store.getState().session!.lastWeek!);
      expect(report.week).toBeGreaterThanOrEqual(before);
      skipped = report.skipped?.length ?? 0;
      if (skipped > 0) break;
      await page.keyboard.press('Enter');
      await waitScreen(page, 'Table');
    }
    expect(skipped).toBeGreaterThan(0);
    await expect(page.locator('#sr-mirror')).toContainText(new RegExp(`${skipped} quiet weeks? skipped`));
    await shot(page, info, `week-result-after-skip-${large ? 'large' : 'standard'}`);
    // Skipping made no moves of the player's own: only the ends of the weeks.
    const log = (await game(page))!.log as readonly { side: string; type: string }[];
    expect(log.filter((a) => a.side === 'union').every((a) => a.type === 'endTurn')).toBe(true);
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
    // The mirror's button does the same.
    const week = (await game(page))!.week;
    await page.locator('#sr-mirror [data-action="skip"]').focus();
    await page.keyboard.press('Enter');
    await waitScreen(page, 'WeekResult');
    expect((await game(page))!.week).toBeGreaterThan(week);
    expect(problems).toEqual([]);
  });

  test(`accepting terms below the walk-away asks once; Esc cancels, Enter confirms${large ? ' (large text)' : ''}`, async ({ page }, info) => {
    const problems = watch(page);
    await start(page, { union: 'human', employer: 'human' }, large, 'low-offer');
    const queued = async () => ((await game(page))!.log as readonly { side: string; type: string }[]).filter((a) => a.side === 'union' && a.type !== 'endTurn').length;
    expect(await queued()).toBe(0);
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog', { name: 'Accept terms below your walk-away?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(/Their offer is worth \d+ to you; your walk-away is \d+\./);
    await shot(page, info, `confirm-${large ? 'large' : 'standard'}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(await queued()).toBe(0);
    await page.keyboard.press('m');
    await expect(page.getByRole('dialog', { name: 'Put terms below your walk-away to a vote?' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('#sr-live')).toContainText('Queued:');
    expect(((await game(page))!.log as readonly { side: string; type: string }[]).filter((a) => a.side === 'union').map((a) => a.type)).toEqual(['endTurn', 'putToMembers']);
    expect(problems).toEqual([]);
  });
}

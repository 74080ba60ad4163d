import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

// The opponent's voice, the Why? key and the gap gauge, played by keyboard on the Table and the week result.

const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: join(info.project.outputDir, 'voice', `${name}.png`) });

async function start(page: Page): Promise<void> {
  await openTitle(page);
  await page.evaluate(() => {
    window.__STANDOFF__!.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: '3', players: { bma: 'human', gov: 'ai:pragmatist' }, mode: 'practice' });
  });
  await page.evaluate(() => window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Table'));
  await waitScreen(page, 'Table');
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('before: the Table and the week result', async ({ page }, info) => {
  watch(page);
  await start(page);
  await page.keyboard.press('e');
  await waitScreen(page, 'WeekResult');
  await shot(page, info, 'before-week-result');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
  await shot(page, info, 'before-table');
  expect(await page.locator('#sr-mirror').count()).toBe(1);
});

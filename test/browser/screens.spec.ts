import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { openTitle, playOut, playWeeks, waitScreen, watch } from './helpers';

// A screenshot of every screen, at the two sizes that matter most (a laptop at 1280×720 and the smallest
// supported, 1024×576), saved under test-results/screens/ as artefacts, with no console errors on the way.

const shot = (page: Page, info: TestInfo, name: string) =>
  page.screenshot({ path: join(info.project.outputDir, 'screens', `${name}.png`) });

const SIZES = [
  [1280, 720],
  [1024, 576],
] as const;

/** Shoots the screen at each size: the window is resized in place, as a player would (the scene refits). */
async function shots(page: Page, info: TestInfo, name: string): Promise<void> {
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForFunction((width) => window.__STANDOFF__!.game.scale.width === width, w);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await shot(page, info, `${name}-${w}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('every screen, at 1280×720 and 1024×576', async ({ page }, info) => {
  test.setTimeout(90_000);
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page, '?weeks=6');
  await shots(page, info, 'title');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');
  await page.locator('#sr-mirror').getByRole('textbox', { name: 'Seed' }).fill('screens');
  await shots(page, info, 'setup');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Briefing');
  await shots(page, info, 'briefing');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
  await shots(page, info, 'table-week1');

  // Week 1: a lower claim and a strike; then two more weeks so there is news, a chart and strike days.
  await page.locator('#sr-mirror').getByRole('slider', { name: 'Pay uplift, your next offer' }).focus();
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('p');
  await page.keyboard.press('s');
  await page.keyboard.press('Tab'); // the focus ring on the next stepper
  await shots(page, info, 'table-planning');
  for (let week = 0; week < 3; week += 1) {
    await page.keyboard.press('e');
    await waitScreen(page, 'WeekResult');
    if (week === 2) await shots(page, info, 'week-result');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
  }
  await shots(page, info, 'table-week4');
  await page.locator('#sr-mirror').getByRole('button', { name: /^Strike costs/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await shots(page, info, 'info-panel');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape'); // the menu
  await expect(page.getByRole('dialog', { name: 'Menu' })).toHaveCount(1);
  await shots(page, info, 'menu');
  await page.keyboard.press('Escape');

  await playOut(page);
  await waitScreen(page, 'Debrief');
  await shots(page, info, 'debrief');
  await page.locator('#page').getByRole('button', { name: /^Title screen/ }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Title');
  await page.locator('#sr-mirror').getByRole('button', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Settings');
  await shots(page, info, 'settings');
  expect(problems).toEqual([]);
});

test('the Government\u2019s table, and large text', async ({ page }, info) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  await page.evaluate(() => {
    const store = window.__STANDOFF__!.store.getState();
    store.setSettings({ textSize: 'large' });
    store.newGame({ scenarioId: 'resident-doctors-2025', seed: 'employer', players: { union: 'ai:hardliner', employer: 'human' }, mode: 'practice' });
  });
  await page.evaluate(() => window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Table'));
  await waitScreen(page, 'Table');
  await playWeeks(page, 2);
  await shot(page, info, 'table-government-large-text-1280');
  await page.evaluate(() => window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Briefing'));
  await waitScreen(page, 'Briefing');
  await shot(page, info, 'briefing-government-large-text-1280');
  expect(problems).toEqual([]);
});

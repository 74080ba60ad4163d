import { expect, test, type Page } from '@playwright/test';
import { game, openTitle, playWeeks, waitScreen, watch } from './helpers';

// Saving when the browser gets in the way: a second tab on the same save keeps its game apart (both games are
// kept, and the player is told), and a full or refused storage is said once while the game goes on in memory.

const banner = (page: Page) => page.locator('#warning-banner');

async function startGame(page: Page, seed: string): Promise<void> {
  await page.evaluate((s) =>
    window.__STANDOFF__!.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: s, players: { union: 'human', employer: 'ai:pragmatist' }, mode: 'normal' }),
  seed);
  await page.evaluate(() => window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Table'));
  await waitScreen(page, 'Table');
}

const stored = (page: Page) =>
  page.evaluate(() => {
    const log = (key: string) => {
      const raw = localStorage.getItem(key);
      return raw === null ? null : (JSON.parse(raw) as { log: unknown[] }).log;
    };
    return { main: log('standoff:save'), aside: log('standoff:save:aside:1') };
  });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('a second tab on the same game saves apart and says so; both games are kept', async ({ page, context }, info) => {
  const problems = watch(page);
  await openTitle(page);
  await startGame(page, 'tabs');
  await playWeeks(page, 1);

  const second = await context.newPage();
  const problems2 = watch(second);
  await second.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(second);
  const cont = second.locator('#sr-mirror').getByRole('button', { name: 'Continue' });
  await expect(cont).not.toHaveAttribute('aria-disabled');
  await cont.focus();
  await second.keyboard.press('Enter');
  await waitScreen(second, 'Table');
  await expect(banner(second)).toContainText('open in another tab or window');
  await expect(banner(second)).toContainText('"standoff:save:aside:1"');
  await expect(banner(second)).toHaveAttribute('role', 'alert');
  await second.screenshot({ path: info.outputPath('second-tab-warning-1280.png') });
  await playWeeks(second, 2);

  await page.bringToFront();
  await playWeeks(page, 1);
  await expect(banner(page)).toHaveCount(0); // the first tab keeps the usual save
  const first = await game(page);
  const other = await game(second);
  expect(first!.week).toBe(2);
  expect(other!.week).toBe(3);
  const saves = await stored(page);
  expect(saves.main).toEqual(first!.log);
  expect(saves.aside).toEqual(other!.log);

  await second.bringToFront();
  await banner(second).getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner(second)).toHaveCount(0);
  expect([...problems, ...problems2]).toEqual([]);
});

test('storage that is full says so once, and the game goes on in memory', async ({ page }, info) => {
  const problems = watch(page);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openTitle(page);
  await startGame(page, 'full');
  await expect(banner(page)).toContainText('would not store the game');
  await expect(banner(page)).toContainText('it will not be kept after you close this page');
  await page.screenshot({ path: info.outputPath('storage-full-1280.png') });
  await banner(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner(page)).toHaveCount(0);
  await playWeeks(page, 2);
  await expect(banner(page)).toHaveCount(0); // once, not every week
  expect(await game(page)).toMatchObject({ week: 2 });
  expect(await page.evaluate(() => localStorage.getItem('standoff:save'))).toBeNull();
  expect(problems).toEqual([]);
});

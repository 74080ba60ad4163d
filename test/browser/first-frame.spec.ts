// The Title is drawn before the rest of the game has loaded (main.ts, shell.ts). These tests hold the app's
// script back to see the Title on its own: it must already work, describe the save from its summary, and
// take the replayed save's word once the app arrives.
import { expect, test, type Page, type Route } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

const APP_CHUNK = /\/assets\/app-[^/]*\.js$/;

/** Holds the app's script until `release()` is called. */
async function holdApp(page: Page): Promise<{ release: () => Promise<void> }> {
  let held: Route | null = null;
  let arrived: () => void = () => undefined;
  const seen = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(APP_CHUNK, (route) => {
    held = route;
    arrived();
  });
  return {
    release: async () => {
      await seen;
      await held!.continue();
      await page.unroute(APP_CHUNK);
    },
  };
}

const firstFrame = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('standoff:first-frame').length === 1);
const continueButton = (page: Page) => page.locator('#sr-mirror').getByRole('button', { name: 'Continue' });
const appLoaded = (page: Page) => page.evaluate(() => window.__STANDOFF__ !== undefined);

test('the Title offers Continue in its first frame, before the rest of the game has loaded', async ({ page }) => {
  const problems = watch(page);
  await openTitle(page);
  await page.evaluate(() =>
    window.__STANDOFF__!.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: 'peek', players: { union: 'ai', employer: 'human' }, mode: 'normal' }),
  );
  await page.evaluate(() => window.__STANDOFF__!.store.getState().dispatch({ side: 'employer', type: 'endTurn' }));

  const app = await holdApp(page);
  await page.reload();
  await firstFrame(page);
  expect(await appLoaded(page)).toBe(false);
  await expect(continueButton(page)).not.toHaveAttribute('aria-disabled');
  await expect(continueButton(page)).toHaveAccessibleDescription('Week 2 as the Government');
  // Chosen before the app has arrived: it goes on once it has.
  await continueButton(page).focus();
  await page.keyboard.press('Enter');
  await app.release();
  await waitScreen(page, 'Table');
  expect(await page.evaluate(() => window.__STANDOFF__!.store.getState().session!.state.week)).toBe(1);
  expect(problems).toEqual([]);
});

test('when the save turns out to be unreadable, the Title takes it back and says why', async ({ page }) => {
  await openTitle(page);
  await page.evaluate(() => {
    window.__STANDOFF__!.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: 'stale', players: { union: 'human', employer: 'ai' }, mode: 'normal' });
    localStorage.setItem('standoff:save', '{"formatVersion":2,"scenarioId":"resid'); // damaged after the summary was written
  });
  const app = await holdApp(page);
  await page.reload();
  await firstFrame(page);
  await expect(continueButton(page)).not.toHaveAttribute('aria-disabled'); // the summary still says there is a game
  await app.release();
  await waitScreen(page, 'Title');
  await expect(continueButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(continueButton(page)).toHaveAccessibleDescription('No saved game yet');
  await expect(page.locator('#title-note')).toContainText('Your saved game could not be opened: the data is damaged or was cut short');
});

test('if the rest of the game cannot be loaded, choosing from the menu says so instead of doing nothing', async ({ page }) => {
  await page.route(APP_CHUNK, (route) => route.abort());
  await page.goto('./');
  await firstFrame(page);
  await page.locator('#sr-mirror').getByRole('button', { name: 'New game' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#title-note')).toContainText('Part of Standoff could not be loaded');
  expect(await appLoaded(page)).toBe(false);
});

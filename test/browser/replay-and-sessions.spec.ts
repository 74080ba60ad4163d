import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readSessionText } from '../../src/share/session-file';
import { openTitle, waitScreen, watch } from './helpers';
import { aiGame, loadScenario, replayCode, sessionText } from './node-games';

// Replay codes and session files between Node and Chromium: a code made in Node opens in the browser to the
// same state hash; a broken one says why and leaves the saved game alone; a finished game leaves the debrief
// as a session file (and a link) that reopens it, by file picker or by dropping the file on the page.

const scenario = loadScenario();
const made = aiGame(scenario, 'node-7', { union: 'ai:hardliner', employer: 'ai:pragmatist' });
const code = replayCode(scenario, made);

const hashes = (page: import('@playwright/test').Page) => page.evaluate(() => window.__STANDOFF__!.hashes());

test('a replay code made in Node opens its debrief in Chromium, to the same state', async ({ page }) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./#r=${code}`);
  await waitScreen(page, 'Debrief');
  expect((await hashes(page)).study).toBe(made.hash);
  await expect(page.locator('#page .crumb')).toContainText('from a replay code');
  // The debrief's own code and link reopen the same game.
  await page.keyboard.press('9');
  const again = await page.locator('#replay-link').inputValue();
  expect(again).toContain('#r=');
  await page.goto('about:blank');
  await page.goto(again.replace(/^https?:\/\/[^/]+\//, './'));
  await waitScreen(page, 'Debrief');
  expect((await hashes(page)).study).toBe(made.hash);
  expect(problems).toEqual([]);
});

test('a broken or altered code says why, and the saved game is untouched', async ({ page }) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  await page.evaluate(() => window.__STANDOFF__!.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: 'mine', players: { union: 'human', employer: 'ai' }, mode: 'normal' }));
  const save = await page.evaluate(() => localStorage.getItem('standoff:save'));
  const altered = code.replace(/^1\.[0-9a-f]{8}/, '1.00000000');
  await page.goto(`./#r=${altered}`);
  await waitScreen(page, 'Title');
  await expect(page.locator('#title-note')).toContainText('That replay link could not be opened: This replay code has been altered or cut short');
  await expect(page.locator('#sr-mirror').getByRole('button', { name: 'Continue' })).not.toHaveAttribute('aria-disabled');
  expect(await page.evaluate(() => localStorage.getItem('standoff:save'))).toBe(save);
  expect(await page.evaluate(() => window.location.hash)).toBe(''); // a reload does not show the message again

  // Pasted into the classroom screen: the same message, in place.
  await page.locator('#sr-mirror').getByRole('button', { name: 'Classroom' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Classroom');
  await page.locator('#code-input').fill(code.slice(0, -12));
  await page.locator('#open-code').click();
  await expect(page.locator('#code-message')).toContainText(/damaged|altered/);
  expect(await page.evaluate(() => localStorage.getItem('standoff:save'))).toBe(save);
  expect(problems).toEqual([]);
});

test('a session file out of the debrief, and back in by picker and by drag and drop', async ({ page }) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./#r=${code}`);
  await waitScreen(page, 'Debrief');
  await page.keyboard.press('9');
  await page.locator('#session-label').fill('Ada');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-session').click()]);
  expect(download.suggestedFilename()).toBe('standoff-resident-doctors-2025-seed-node-7-ada.json');
  const text = readFileSync((await download.path())!, 'utf8');
  const read = readSessionText(text);
  expect(read.ok && read.value.stateHash).toBe(made.hash);
  expect(read.ok && read.value.labels).toEqual({ student: 'Ada' });

  // Back in, through the classroom's file picker...
  await page.keyboard.press('Escape');
  await waitScreen(page, 'Title');
  await page.locator('#sr-mirror').getByRole('button', { name: 'Classroom' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Classroom');
  await page.locator('#session-input').setInputFiles({ name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await waitScreen(page, 'Debrief');
  expect((await hashes(page)).study).toBe(made.hash);
  await expect(page.locator('#page .crumb')).toContainText('from ada.json');

  // ...and dropped on the page (a file made in Node by the runner's own code).
  await page.keyboard.press('Escape');
  await waitScreen(page, 'Title');
  await page.locator('#sr-mirror').getByRole('button', { name: 'Classroom' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Classroom');
  const other = aiGame(scenario, 'dropped');
  const drop = await page.evaluateHandle((json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return data;
  }, sessionText(scenario, other));
  await page.locator('#page .stage').dispatchEvent('dragenter', { dataTransfer: drop });
  await page.locator('#page .stage').dispatchEvent('drop', { dataTransfer: drop });
  await waitScreen(page, 'Debrief');
  expect((await hashes(page)).study).toBe(other.hash);
  expect(problems).toEqual([]);
});

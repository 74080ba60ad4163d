import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { game, openTitle, playWeeks, waitScreen, watch } from './helpers';

// Setup lists every bundled scenario; the tutorial's coach speaks on the Table; a player's own scenario file
// opens from Setup (picked or dropped): a broken one shows its located problems and changes nothing, a good one
// plays and its save reopens after a reload.

const fixture = (name: string) => readFileSync(join('test/fixtures/scenarios', name)); // run from the project root
const sr = (page: Page) => page.locator('#sr-mirror');

const shots = async (page: Page, info: TestInfo, name: string) => {
  for (const [w, h] of [[1280, 720], [1024, 576]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForFunction((width) => window.__STANDOFF__!.game.scale.width === width, w);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: join(info.project.outputDir, 'screens', `${name}-${w}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
};

async function toSetup(page: Page): Promise<void> {
  await sr(page).getByRole('button', { name: 'New game' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');
}

/** Opens a file through Setup's "Open a scenario file…" and the browser's file chooser. */
async function openFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await sr(page).getByRole('button', { name: 'Open a scenario file…' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name, mimeType: 'application/yaml', buffer });
}

/** The same as dragging a file from the desktop and dropping it on the page. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, body]) => {
      const data = new DataTransfer();
      data.items.add(new File([body], fileName, { type: 'application/yaml' }));
      const target = document.querySelector('canvas')!;
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    [name, text] as const,
  );
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('Setup lists the five scenarios, the tutorial first; a tutorial game has a coach', async ({ page }, info) => {
  const problems = watch(page);
  await openTitle(page);
  await toSetup(page);
  const scenarios = sr(page).getByRole('radiogroup', { name: 'Scenario' }).getByRole('radio');
  await expect(scenarios).toHaveCount(5);
  expect(await scenarios.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([
    'Tutorial: the Millbrook dispute',
    "Resident doctors' pay, England 2025",
    'Auto workers against the Detroit Three, United States 2023',
    "Junior doctors' pay, England 2023",
    "Rail workers' pay and jobs, Great Britain 2022",
  ]);
  await expect(scenarios.nth(0)).toHaveAccessibleDescription('Made up · 8 weeks · a coach guides you. New to the game? Start here.');
  await expect(scenarios.nth(1)).toHaveAccessibleDescription('Real dispute, from Jul 2025 · 52 weeks');
  await expect(scenarios.nth(1)).toBeChecked(); // the main dispute is chosen at first
  await expect(sr(page).getByRole('radiogroup', { name: 'Opponent' }).getByRole('radio')).toHaveCount(5); // four personas, or a second player
  await shots(page, info, 'setup-scenarios');

  // The tutorial, by keyboard: its sides and personas replace the others'.
  await scenarios.nth(1).focus();
  await page.keyboard.press('ArrowUp');
  await expect(scenarios.nth(0)).toBeChecked();
  await expect(sr(page)).toContainText('A practice dispute at Millbrook General');
  const sides = sr(page).getByRole('radiogroup', { name: 'Your side' }).getByRole('radio');
  expect(await sides.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(['Union', 'Board']);
  const personas = sr(page).getByRole('radiogroup', { name: 'Opponent' }).getByRole('radio');
  expect(await personas.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(['Steady', 'Tough', 'A second player']);
  await expect(scenarios.nth(0)).toBeFocused(); // choosing a scenario keeps the focus where it was
  await sr(page).getByRole('textbox', { name: 'Seed' }).fill('coach');
  await page.keyboard.press('Enter');

  await waitScreen(page, 'Briefing');
  await expect(sr(page).getByRole('heading', { level: 1 })).toHaveText('Confidential brief: Union');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
  expect(await game(page)).toMatchObject({ week: 0, players: { union: 'human', employer: 'ai:steady' } });
  const coach = sr(page).getByRole('region', { name: 'Coach' });
  await expect(coach.getByRole('heading')).toHaveText('Coach · week 1 of 8: Welcome to Millbrook');
  await expect(page.locator('#sr-live')).toContainText('Welcome to Millbrook');
  await shots(page, info, 'table-coach');
  await coach.getByRole('button', { name: 'Got it' }).focus();
  await page.keyboard.press('Enter');
  await expect(coach).toHaveCount(0);

  // Each week brings its own prompt.
  await page.keyboard.press('e');
  await waitScreen(page, 'WeekResult');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
  await expect(sr(page).getByRole('region', { name: 'Coach' }).getByRole('heading')).toHaveText('Coach · week 2 of 8: Your BATNA: what happens if there is no deal');
  await expect(page.locator('#sr-live')).toContainText('Your BATNA');
  expect(problems).toEqual([]);
});

test('a broken scenario file shows its located problems, and the game and the save survive', async ({ page }, info) => {
  const problems = watch(page);
  await openTitle(page);
  await page.evaluate(() =>
    window.__STANDOFF__!.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: 'keep', players: { union: 'human', employer: 'ai:pragmatist' }, mode: 'normal' }),
  );
  await page.evaluate(() => window.__STANDOFF__!.store.getState().dispatch({ side: 'union', type: 'endTurn' }));
  const before = { game: await game(page), save: await page.evaluate(() => localStorage.getItem('standoff:save')) };
  expect(before.game!.week).toBe(1);
  await toSetup(page);

  // Picked: a file with errors in its data.
  await openFile(page, 'errors.yaml', fixture('errors.yaml'));
  const dialog = page.getByRole('dialog', { name: 'This scenario cannot be played yet' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Nothing has changed: the game in play and your saved game are as they were.');
  const items = dialog.getByRole('listitem');
  expect(await items.count()).toBeGreaterThan(1);
  await expect(items.first()).toContainText(/^✖ErrorLine \d+ · \S+/);
  await expect(items.first()).toContainText('Fix: ');
  await expect(items.first()).toBeFocused(); // the list is read from the top, with the keyboard
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await shots(page, info, 'setup-problems');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(sr(page).getByRole('button', { name: 'Open a scenario file…' })).toBeFocused();

  // Dropped: not even YAML. Its line is shown too.
  await dropFile(page, 'mangled.yaml', 'formatVersion: 1\nid: mangled\nissues: [\n  - { id: pay\n');
  await expect(page.getByRole('dialog')).toContainText(/mangled\.yaml has \d+ errors?\./);
  await expect(page.getByRole('dialog').getByRole('listitem').first()).toContainText(/Line \d+/);
  await expect(page.getByRole('dialog').getByRole('listitem').first()).toContainText('not valid YAML');
  await page.keyboard.press('Escape');

  // Nothing changed: the list, the game in play, the save.
  await expect(sr(page).getByRole('radiogroup', { name: 'Scenario' }).getByRole('radio')).toHaveCount(5);
  expect(await game(page)).toEqual(before.game);
  expect(await page.evaluate(() => localStorage.getItem('standoff:save'))).toBe(before.save);
  await page.keyboard.press('Escape'); // Setup → Title: Continue still offers the game
  await waitScreen(page, 'Title');
  await expect(sr(page).getByRole('button', { name: 'Continue' })).toHaveAccessibleDescription('Week 2 as the BMA');
  expect(problems).toEqual([]);
});

test('a good scenario file plays from Setup, and Continue reopens it after a reload', async ({ page }) => {
  const problems = watch(page);
  await openTitle(page);
  await toSetup(page);
  await openFile(page, 'minimal.yaml', fixture('minimal.yaml'));
  const mine = sr(page).getByRole('radio', { name: 'Minimal test dispute' });
  await expect(mine).toBeChecked();
  await expect(mine).toBeFocused();
  await expect(mine).toHaveAccessibleDescription(/Your own file|Opened from your own file/);
  await expect(page.locator('#sr-live')).toContainText('Opened Minimal test dispute from minimal.yaml');
  await sr(page).getByRole('textbox', { name: 'Seed' }).fill('mine');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
  await playWeeks(page, 2);
  const before = await game(page);
  expect(before).toMatchObject({ week: 2, seed: 'mine' });
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('standoff:save')!));
  expect(saved).toMatchObject({ formatVersion: 3, scenarioId: 'minimal' });
  expect(JSON.parse(saved.scenarioText).title).toBe('Minimal test dispute');

  await page.reload();
  await waitScreen(page, 'Title');
  const cont = sr(page).getByRole('button', { name: 'Continue' });
  await expect(cont).toHaveAccessibleDescription('Week 3 as the Union');
  await cont.focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
  expect(await game(page)).toEqual(before);
  await expect(sr(page).getByRole('heading', { level: 1 })).toContainText('Week 3 of 8');
  expect(problems).toEqual([]);
});

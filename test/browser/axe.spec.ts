import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';
import { aiGame, loadScenario, sessionText } from './node-games';

// Accessibility checked by a library: axe-core on every DOM page (each debrief tab, the what-if's result,
// the classroom, the class report, the printable briefs, How to play, the Workbench) and on the screen-reader mirror of each
// canvas screen. No serious or critical violation is allowed.

/** axe's serious and critical violations in `include` (the whole page when absent), as readable lines. */
async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations: found } = await builder.analyze();
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Checks the top screen and records what was found under its name. */
async function check(page: Page, name: string, found: Record<string, string[]>, include?: string): Promise<void> {
  const v = await violations(page, include);
  if (v.length) found[name] = v;
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the screen-reader mirror of every canvas screen', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watch(page);
  const found: Record<string, string[]> = {};
  await openTitle(page, '?weeks=3');
  await check(page, 'Title', found, '#sr-mirror');
  await page.locator('#sr-mirror').getByRole('button', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Settings');
  await check(page, 'Settings', found, '#sr-mirror');
  await page.keyboard.press('Escape');
  await waitScreen(page, 'Title');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');
  await check(page, 'Setup', found, '#sr-mirror');
  await page.locator('#sr-mirror').getByRole('textbox', { name: 'Seed' }).fill('axe');
  await page.locator('#sr-mirror').getByRole('textbox', { name: 'Seed' }).press('Enter');
  await waitScreen(page, 'Briefing');
  await check(page, 'Briefing', found, '#sr-mirror');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
  await check(page, 'Table', found, '#sr-mirror');
  await page.keyboard.press('s');
  await page.keyboard.press('e');
  await waitScreen(page, 'WeekResult');
  await check(page, 'Week result', found, '#sr-mirror');
  expect(found).toEqual({});
  expect(problems).toEqual([]);
});

test('every tab of the debrief, and the what-if', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watch(page);
  const found: Record<string, string[]> = {};
  await openTitle(page, '?weeks=6');
  await page.evaluate(() => {
    const store = window.__STANDOFF__!.store;
    store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: 'axe', players: { union: 'human', employer: 'ai:pragmatist' }, mode: 'normal' });
    while (!store.getState().session!.state.outcome) {
      if (store.getState().session!.state.week === 1) store.getState().dispatch({ side: 'union', type: 'callStrike', start: '2025-07-28', days: 3 });
      store.getState().dispatch({ side: 'union', type: 'endTurn' });
    }
    window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Debrief');
  });
  await waitScreen(page, 'Debrief');
  const tabs = page.locator('#page').getByRole('tab');
  const n = await tabs.count();
  expect(n).toBeGreaterThan(5);
  for (let i = 0; i < n; i += 1) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    await check(page, `Debrief tab ${i + 1} (${await tabs.nth(i).textContent()})`, found);
  }
  await page.locator('#page').getByRole('tab', { name: 'What if?' }).click();
  await page.locator('#what-if-week').selectOption('1');
  await page.locator('#what-if-run').click();
  await expect(page.locator('#what-if-table')).toBeVisible();
  await check(page, 'What-if, compared', found);
  expect(found).toEqual({});
  expect(problems).toEqual([]);
});

test('the classroom, the class report, the printable briefs, How to play and the Workbench', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watch(page);
  const found: Record<string, string[]> = {};
  await openTitle(page);
  await page.locator('#sr-mirror').getByRole('button', { name: 'Classroom' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Classroom');
  await check(page, 'Classroom', found);
  await page.locator('#open-report').click();
  await waitScreen(page, 'ClassReport');
  await check(page, 'Class report, empty', found);
  const scenario = loadScenario();
  const files = ['pragmatist', 'hardliner', 'conceder'].map((p, i) => ({
    name: `student-${i + 1}.json`,
    text: sessionText(scenario, aiGame(scenario, `axe-${i}`, { union: `ai:${p}`, employer: 'ai:pragmatist' }), { student: `Student ${i + 1}` }),
  }));
  files.push({ name: 'broken.json', text: files[0]!.text.slice(0, 200) });
  await page.locator('#report-input').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
  await expect(page.locator('#report-status')).toContainText('4 files read', { timeout: 20_000 });
  await check(page, 'Class report, with games', found);

  await openTitle(page);
  await page.locator('#sr-mirror').getByRole('button', { name: 'Classroom' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Classroom');
  await page.locator('#open-print').click();
  await waitScreen(page, 'Print');
  await check(page, 'Printable briefs', found);

  await openTitle(page);
  await page.locator('#sr-mirror').getByRole('button', { name: 'How to play' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'HowToPlay');
  await check(page, 'How to play', found);

  await openTitle(page);
  await page.locator('#sr-mirror').getByRole('button', { name: 'Scenario workbench' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Workbench');
  await expect(page.locator('#wb-status')).toContainText('No problems');
  await check(page, 'Workbench', found);
  expect(found).toEqual({});
  expect(problems).toEqual([]);
});

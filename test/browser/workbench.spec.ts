import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { balanceRun } from '../../src/authoring/balance';
import { parseScenarioText } from '../../src/sim/index';
import { game, openTitle, waitScreen, watch } from './helpers';

// The scenario workbench: live problems as an author types, a quick balance in a web worker with its chart,
// and a playtest that starts at once. Its code loads only when it is opened.

const shots = async (page: Page, info: TestInfo, name: string) => {
  for (const [w, h] of [[1280, 720], [1024, 576]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: join(info.project.outputDir, 'screens', `${name}-${w}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
};

/** Replaces the text of one line of the editor, as typing would (select it, type over it). */
async function retype(page: Page, from: RegExp, to: string): Promise<number> {
  const editor = page.locator('#wb-text');
  const line = await editor.evaluate((el: HTMLTextAreaElement, re) => {
    const lines = el.value.split('\n');
    const i = lines.findIndex((l) => new RegExp(re).test(l));
    const start = lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0);
    el.focus();
    el.setSelectionRange(start, start + lines[i]!.length);
    return i + 1;
  }, from.source);
  await page.keyboard.type(to);
  return line;
}

test('the Workbench: a typo is located by line and field, a quick balance runs in a worker, playtest starts a game', async ({ page }, info) => {
  test.setTimeout(45_000);
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(r.url());
  });
  await page.locator('#sr-mirror').getByRole('button', { name: 'Scenario workbench' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Workbench');
  expect([...scripts].some((u) => /\/page-[\w-]+\.js$/.test(u))).toBe(true); // its code came now, not with the Title
  const status = page.locator('#wb-status');
  await expect(status).toHaveText('✓ No problems: it loads and is ready to play.'); // a copy of the tutorial to start from
  await expect(page.locator('#wb-text')).toHaveValue(/^id: tutorial-copy$/m);

  // A typo in a field name: located by line and field, with a fix.
  const line = await retype(page, /^horizonWeeks:/, 'horizonWeks: 8');
  const problem = page.locator('#wb-problems').getByRole('listitem').filter({ hasText: `Line ${line} · horizonWeks` });
  await expect(problem).toContainText('unknown field "horizonWeks"');
  await expect(problem).toContainText('Fix:');
  await expect(status).toContainText('It will not load until the errors are fixed');
  await expect(page.locator('#wb-play-union')).toHaveAttribute('aria-disabled', 'true');
  await shots(page, info, 'workbench-problem');
  // The problem leads to its line.
  await problem.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#wb-text')).toBeFocused();
  expect(await page.locator('#wb-text').evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('horizonWeks: 8');
  // Fixed: the problem goes.
  await retype(page, /^horizonWeks:/, 'horizonWeeks: 8');
  await expect(status).toHaveText('✓ No problems: it loads and is ready to play.');
  await expect(page.locator('#wb-problems').getByRole('listitem')).toHaveCount(0);

  // A quick balance, in a web worker, with progress and a chart: the same games as the command line's.
  await expect(page.locator('#wb-balance-note')).toContainText('the same games as npm run scenario:balance -- --runs 100');
  const worker = page.waitForEvent('worker');
  await page.locator('#wb-run').click();
  expect((await worker).url()).toMatch(/balance-worker/);
  const chart = page.locator('#wb-chart');
  await expect(chart).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('#wb-progress')).toHaveAttribute('value', '100');
  await expect(chart).toContainText('100 games in');
  await expect(chart.locator('svg text', { hasText: 'Steady v Tough' })).toHaveCount(1);
  await expect(chart.getByRole('table')).toContainText('All games'); // the numbers, for screen readers
  await page.locator('#wb-metric').selectOption('scoreUnion');
  await expect(chart.locator('svg')).toContainText('Union score (0–100)');
  await expect(page.locator('#sr-live')).toContainText('Quick balance done');
  // The figures are those of `npm run scenario:balance -- --runs 100` on this text (balanceRun plays its seeds).
  const parsed = parseScenarioText(await page.locator('#wb-text').inputValue());
  if (!parsed.ok) throw new Error('the Workbench text should parse');
  const t = balanceRun(parsed.value, 100).total;
  await expect(chart.locator('figcaption')).toContainText(
    `${Math.round(t.dealRate * 100)}% ended in a deal; half took ${t.weeks!.median} weeks or fewer; median scores Union ${t.scoreUnion!.median}, Board ${t.scoreEmployer!.median}.`,
  );
  await shots(page, info, 'workbench-balance');

  // Playtest: a practice game on this text, at once.
  await page.locator('#wb-play-employer').click();
  await waitScreen(page, 'Briefing');
  await expect(page.locator('#sr-mirror').getByRole('heading', { level: 1 })).toHaveText('Confidential brief: Board');
  expect(await game(page)).toMatchObject({ week: 0, mode: 'practice', players: { union: 'ai:steady', employer: 'human' } });
  expect(await page.evaluate(() => window.__STANDOFF__!.store.getState().session!.scenario.id)).toBe('tutorial-copy');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');

  // Back at the Workbench, the text is as the author left it.
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Save and quit to the title' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Title');
  await page.locator('#sr-mirror').getByRole('button', { name: 'Scenario workbench' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Workbench');
  await expect(page.locator('#wb-text')).toHaveValue(/^horizonWeeks: 8$/m);
  expect(problems).toEqual([]);
});

import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

// The debrief's harm tab for a game of each harm model: the default scenario (backlog), and the two synthetic
// scenarios opened as files (lostService, lostOutput). The union strikes whenever the law lets it; the tab is
// named from the scenario's vocabulary, draws the model's own two charts beside public opinion, labels them in
// the scenario's words, and passes axe with no serious or critical violation. Photographed at 1280×720.

const sr = (page: Page) => page.locator('#sr-mirror');

interface Case {
  readonly name: string;
  /** A file to open from Setup, or null for a bundled scenario. */
  readonly file: string | null;
  readonly scenarioId: string;
  /** The scenario's title, as Setup lists it. */
  readonly title: string;
  readonly tab: string;
  /** The two harm charts' titles, then labels each must show (axis labels or legend keys). */
  readonly titles: readonly [string, string];
  readonly labels: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: 'backlog',
    file: null,
    scenarioId: 'resident-doctors-2025',
    title: "Resident doctors' pay, England 2025",
    tab: 'Public & NHS',
    titles: ['The NHS waiting list, week by week', 'What strikes added to the NHS waiting list, and what catch-up cleared'],
    labels: ['Pathways (millions)', 'Pathways a week', 'Added by strikes', 'Cleared by catch-up', 'NHS waiting list in figures'],
  },
  {
    name: 'lost-service',
    file: 'lost-service.yaml',
    scenarioId: 'lost-service',
    title: 'Small rail dispute',
    tab: 'Public & Railway',
    titles: ['Journeys lost, week by week and in total', 'What the emergency timetable kept running on strike days'],
    labels: ['Journeys', 'Lost in the week', 'Lost so far', 'Kept running by the emergency timetable', 'Share of planned journeys kept (%)'],
  },
  {
    name: 'lost-output',
    file: 'lost-output.yaml',
    scenarioId: 'lost-output',
    title: 'Small car-plant dispute',
    tab: 'Public & Lakeside plant',
    titles: ['Vehicles not made, dealer orders unfilled and vehicles in stock', 'Revenue lost, and the cost of stock and catch-up'],
    labels: ['Vehicles', 'Not made in the week', 'Dealer orders unfilled (vehicles short)', 'Vehicles in stock', 'Revenue lost in the week', 'Stock and catch-up cost so far'],
  },
];

/** axe's serious and critical violations on the page, as readable lines. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).include('#page').analyze();
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Opens a scenario file through Setup, as an author would, so the store's catalogue has it. */
async function openFile(page: Page, file: string, title: string): Promise<void> {
  await sr(page).getByRole('button', { name: 'New game' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');
  const chooser = page.waitForEvent('filechooser');
  await sr(page).getByRole('button', { name: 'Open a scenario file…' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: file, mimeType: 'application/yaml', buffer: readFileSync(join('test/fixtures/scenarios', file)) });
  await expect(sr(page).getByRole('radio', { name: title })).toBeChecked();
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

for (const c of CASES) {
  test(`the harm tab of a ${c.name} game: its name, its charts' labels, axe`, async ({ page }, info) => {
    test.setTimeout(90_000);
    const problems = watch(page);
    await openTitle(page, '?weeks=8');
    if (c.file) await openFile(page, c.file, c.title);
    // The union strikes three days from the first Monday the law allows, every week it can; then the game runs out.
    await page.evaluate((scenarioId) => {
      const store = window.__STANDOFF__!.store;
      store.getState().newGame({ scenarioId, seed: 'harm-tab', players: { union: 'human', employer: 'ai' }, mode: 'normal' });
      const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
      while (!store.getState().session!.state.outcome) {
        const state = store.getState().session!.state;
        for (let ahead = 1; ahead <= 3; ahead += 1) {
          const before = store.getState().session!.state.strikes.calls.length;
          store.getState().dispatch({ side: 'union', type: 'callStrike', start: iso(state.scenario.startDay + 7 * (state.week + ahead)), days: 3 });
          if (store.getState().session!.state.turn.union.actions.length > 0 || store.getState().session!.state.strikes.calls.length > before) break;
        }
        store.getState().dispatch({ side: 'union', type: 'endTurn' });
      }
      window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Debrief');
    }, c.scenarioId);
    await waitScreen(page, 'Debrief');
    const tab = page.locator('#tab-public');
    await expect(tab).toContainText(c.tab);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = page.locator('#panel-public');
    const titles = panel.locator('figure.chart .chart-title');
    await expect(titles).toHaveCount(3); // public opinion, and the model's two charts
    await expect(titles.nth(1)).toHaveText(c.titles[0]);
    await expect(titles.nth(2)).toHaveText(c.titles[1]);
    for (const label of c.labels) await expect(panel.getByText(label, { exact: true }).first()).toBeVisible();
    // Each chart has its text alternative: an image named by its title and summary, and a table with a caption.
    for (const figure of await panel.locator('figure.chart').all()) {
      await expect(figure.locator('svg[role="img"][aria-labelledby]')).toHaveCount(1);
      await expect(figure.locator('table caption')).toHaveCount(1);
    }
    // Strike weeks lost units: the table behind the first harm chart has a row per week with a figure above 0.
    await expect(panel.locator('figure.chart').nth(1).locator('tbody tr')).not.toHaveCount(0);
    expect(await violations(page)).toEqual([]);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: join(info.project.outputDir, 'screens', `debrief-harm-${c.name}.png`) });
    expect(problems).toEqual([]);
  });
}

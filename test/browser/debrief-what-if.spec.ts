import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { stateHash, whatIf, type Action, type Players } from '../../src/sim/index';
import { waitScreen, watch } from './helpers';
import { loadScenario } from './node-games';

// The teaching debrief of a game just played (an eight-week cut of the default scenario): every tab, by
// keyboard, photographed at both sizes; then a what-if fork from it, compared side by side, checked against
// the core's whatIf run in Node on the same log.

const WEEKS = 8;
const TABS = ['outcome', 'zone', 'hicks', 'space', 'public', 'moments', 'reflect', 'what-if', 'share'];

const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `${name}.png`) });

test('the debrief\u2019s tabs, and a what-if fork compared with the game as played', async ({ page }, info) => {
  test.setTimeout(60_000);
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?weeks=${WEEKS}`);
  await waitScreen(page, 'Title');
  // A game as a student might play it: strike in week 2, an offer in week 4, then sit tight.
  await page.evaluate(() => {
    const store = window.__STANDOFF__!.store;
    store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: 'debrief', players: { union: 'human', employer: 'ai:pragmatist' }, mode: 'normal' });
    while (!store.getState().session!.state.outcome) {
      const week = store.getState().session!.state.week;
      if (week === 1) store.getState().dispatch({ side: 'union', type: 'callStrike', start: '2025-07-28', days: 5 });
      if (week === 3) store.getState().dispatch({ side: 'union', type: 'propose', offer: { pay: 12, trainingPosts: 4000, examFees: 100, rotaReform: 3 } });
      store.getState().dispatch({ side: 'union', type: 'endTurn' });
    }
    window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Debrief');
  });
  await waitScreen(page, 'Debrief');
  const tabs = page.locator('#page').getByRole('tab');
  await expect(tabs).toHaveCount(TABS.length);

  // Every tab, by its number key, at both sizes: one heading each, and each chart with its table.
  for (const [w, h] of [[1280, 720], [1024, 576]] as const) {
    await page.setViewportSize({ width: w, height: h });
    for (const [i, id] of TABS.entries()) {
      await page.keyboard.press(String(i + 1));
      await expect(page.locator(`#tab-${id}`)).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator(`#panel-${id}`)).toBeVisible();
      await shot(page, info, `debrief-${id}-${w}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  const figures = page.locator('#page figure.chart');
  expect(await figures.count()).toBe(6); // offers, Hicks, value space, opinion and the harm model's two
  for (const figure of await figures.all()) {
    await expect(figure.locator('svg[role="img"][aria-labelledby]')).toHaveCount(1);
    await expect(figure.locator('table caption')).toHaveCount(1); // the text alternative
  }
  await page.keyboard.press('2');
  await page.locator('#panel-zone').getByRole('button', { name: 'Numbers' }).click();
  await expect(page.locator('#panel-zone table')).toBeVisible();
  await expect(page.locator('#panel-zone tbody tr')).toHaveCount(WEEKS);

  // What if the strike in week 2 had not been called?
  await page.keyboard.press('8');
  await page.locator('#what-if-week').selectOption('1');
  await expect(page.locator('#what-if-played')).toContainText('5-day strike');
  await expect(page.locator('#wi-callStrike')).toBeChecked();
  await page.locator('#wi-callStrike').uncheck();
  await page.locator('#wi-statement').check();
  await page.locator('#what-if-run').click();
  await expect(page.locator('#what-if-table')).toBeVisible();
  await shot(page, info, 'debrief-what-if-compared-1280');
  const rows = Object.fromEntries(
    await page.locator('#what-if-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0]!.textContent, [tr.children[1]!.textContent, tr.children[2]!.textContent!.replace(/^◆ /, '').replace(' (changed)', '')]])),
  ) as Record<string, [string, string]>;
  await expect(page.locator('#what-if-result figure.chart')).toHaveCount(4);

  // The same fork in Node, from the same log: the same strike days, outcome and state.
  const { log, players, version } = await page.evaluate(() => {
    const s = window.__STANDOFF__!.store.getState().session!;
    return { log: s.log as Action[], players: s.state.players as Players, version: s.scenario.version };
  });
  const full = loadScenario();
  const scenario = { ...full, horizonWeeks: WEEKS, version };
  const fork = whatIf(scenario, 'debrief', players, log, 1, 'union', [{ side: 'union', type: 'statement', tone: 'conciliatory' }]);
  expect(rows['Strike days held']![1]).toBe(String(fork.state.strikes.daysHeld));
  expect(Number(rows['Strike days held']![1])).toBeLessThan(Number(rows['Strike days held']![0]));
  expect(rows['BMA score']![1]).toBe(String(fork.state.outcome!.scores.union));
  await page.locator('#what-if-result').getByRole('button', { name: /Open this path/ }).click();
  await waitScreen(page, 'Debrief');
  expect(await page.evaluate(() => window.__STANDOFF__!.hashes().study)).toBe(stateHash(fork.state));
  expect(problems).toEqual([]);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import type { ParTable } from '../../src/share/par';
import { openTitle, playOut, waitScreen, watch } from './helpers';
import { aiGame, loadScenario, replayCode } from './node-games';

// Par where players see it: the Table's header (and its DOM twin in the screen-reader mirror) and the debrief,
// for a bundled scenario (its par table comes with the game) and for one whose par is computed in a worker
// (the tutorial cut to three weeks in a test build is, by its content, not the bundled one).

const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `${name}.png`) });

async function startTutorial(page: Page, seed: string): Promise<void> {
  await page.evaluate((s) => {
    const hook = window.__STANDOFF__!;
    hook.store.getState().newGame({ scenarioId: 'tutorial', seed: s, players: { union: 'human', employer: 'ai:tough' }, mode: 'practice' });
    hook.game.scene.getScenes(true, true)[0]!.scene.start('Table');
  }, seed);
  await waitScreen(page, 'Table');
}

const parButton = (page: Page) => page.locator('#sr-mirror').getByRole('button', { name: /^Par/ });

test('the tutorial shows par on the Table and beside the score at the end', async ({ page }, info) => {
  test.setTimeout(90_000);
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  await startTutorial(page, 'par');
  const par = await page.evaluate(() => {
    const s = window.__STANDOFF__!.store.getState();
    const status = s.pars[s.session!.state.scenarioHash];
    return status?.kind === 'ready' ? status.table.union.tough : null;
  });
  expect(par).not.toBeNull();
  const n = String(par);
  await expect(parButton(page)).toHaveText(`Par ${n}: the computer's average score in your seat against this Board`);
  expect(await page.evaluate(() => window.__STANDOFF__!.texts())).toContain(`Par ${n}`);
  await shot(page, info, 'par-table-1280');
  await parButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#info-dialog')).toContainText('average score in the same seat against the same opponent');
  await shot(page, info, 'par-table-info-1280');
  await page.keyboard.press('Escape');

  await playOut(page);
  await waitScreen(page, 'Debrief');
  const score = await page.evaluate(() => window.__STANDOFF__!.store.getState().session!.state.outcome!.scores.union);
  const diff = Math.round((score - par!) * 10) / 10;
  const signed = diff > 0 ? `+${diff}` : diff < 0 ? `\u2212${-diff}` : '\u00b10';
  await expect(page.locator('[data-par-short="union"]')).toHaveText(`par ${n} \u00b7 ${signed}`);
  await expect(page.locator('[data-par-line="union"]')).toContainText(`Your score ${score} \u00b7 par ${n}: ${signed}, `);
  await expect(page.locator('.par-meaning')).toContainText("Par is the computer's average score in the same seat");
  await shot(page, info, 'par-debrief-1280');

  // Large text: the header and the debrief still fit.
  await page.evaluate(() => window.__STANDOFF__!.store.getState().setSettings({ textSize: 'large' }));
  await page.reload();
  await waitScreen(page, 'Title');
  await startTutorial(page, 'par-large');
  await expect(parButton(page)).toHaveText(/^Par \d/);
  await shot(page, info, 'par-table-large-text-1280');
  await playOut(page);
  await waitScreen(page, 'Debrief');
  await expect(page.locator('[data-par-line="union"]')).toContainText('Your score');
  await shot(page, info, 'par-debrief-large-text-1280');
  expect(problems).toEqual([]);
});

test('a scenario that is not the bundled one has its par computed in a worker: "computing…", then par', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page, '?weeks=3');
  await startTutorial(page, 'worker');
  const label = await parButton(page).textContent();
  expect(label).toMatch(/^Par(: computing| \d)/);
  await expect(parButton(page)).toHaveText(/^Par \d+(\.\d)?: the computer's average score in your seat against this Board$/, { timeout: 30_000 });
  const table = await page.evaluate(() => {
    const s = window.__STANDOFF__!.store.getState();
    const status = s.pars[s.session!.state.scenarioHash];
    return status?.kind === 'ready' ? status.table : null;
  });
  expect(table).toMatchObject({ scenarioId: 'tutorial', seeds: 24 });
  expect(table!.scenarioVersion).toMatch(/\+weeks3$/);
  await playOut(page);
  await waitScreen(page, 'Debrief');
  await expect(page.locator('[data-par-line="union"]')).toContainText(`par ${String(table!.union.tough)}`);
  expect(problems).toEqual([]);
});

test('a debrief opened from a replay code shows par, from the bundled table', async ({ page }) => {
  const problems = watch(page);
  const scenario = loadScenario('tutorial');
  const game = aiGame(scenario, 'par-code', { union: 'human', employer: 'ai:steady' });
  const table = JSON.parse(readFileSync(new URL('../../scenarios/tutorial.par.json', import.meta.url), 'utf8')) as ParTable;
  await page.goto(`./#r=${replayCode(scenario, game)}`);
  await waitScreen(page, 'Debrief');
  const score = game.state.outcome!.scores;
  // The computer's own seat faces a person: its par is the mean of its par over the union's personas.
  const employerRow = Object.values(table.employer);
  const employerPar = Math.round((employerRow.reduce((a, b) => a + b, 0) / employerRow.length) * 10) / 10;
  const diff = Math.round((score.employer - employerPar) * 10) / 10;
  await expect(page.locator('[data-par-short="union"]')).toHaveText(new RegExp(`^par ${table.union.steady} \u00b7 `));
  await expect(page.locator('[data-par-short="employer"]')).toHaveText(`par ${employerPar} \u00b7 ${diff > 0 ? '+' : diff < 0 ? '\u2212' : '\u00b1'}${Math.abs(diff)}`);
  expect(problems).toEqual([]);
});

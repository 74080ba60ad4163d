import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

// Played by keyboard alone: the tutorial's coach speaking when something happens (an offer worth more than
// walking away, a strike mandate running out), not in a given week; and the consequences a player must see
// when money runs out (an empty strike fund: no strike pay, fewer out; spending far past the budget: those who
// hold the purse step in). Each is read where the player reads it: the canvas and the screen-reader mirror.

const sr = (page: Page) => page.locator('#sr-mirror');
const coach = (page: Page) => sr(page).getByRole('region', { name: 'Coach' });
const canvasTexts = (page: Page) => page.evaluate(() => window.__STANDOFF__!.textBoxes().map((t) => t.text));
const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: join(info.project.outputDir, 'consequences', `${name}.png`) });

/** Opens Setup from the Title by keyboard, opening `file` (a fixture) first when given, and starts `title`. */
async function startBy(page: Page, title: string, seed: string, file?: string): Promise<void> {
  await openTitle(page);
  await sr(page).getByRole('button', { name: 'New game' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');
  if (file) {
    const chooser = page.waitForEvent('filechooser');
    await sr(page).getByRole('button', { name: 'Open a scenario file…' }).focus();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: file, mimeType: 'application/yaml', buffer: readFileSync(join('test/fixtures/scenarios', file)) });
  }
  const radio = sr(page).getByRole('radiogroup', { name: 'Scenario' }).getByRole('radio', { name: title });
  await radio.focus();
  await radio.press('Space');
  await expect(radio).toBeChecked();
  await sr(page).getByRole('textbox', { name: 'Seed' }).fill(seed);
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
}

/** Puts every coach prompt away with the keyboard; returns their titles, in the order they showed. */
async function putAllAway(page: Page): Promise<string[]> {
  const titles: string[] = [];
  for (let i = 0; i < 8 && (await coach(page).count()) > 0; i += 1) {
    titles.push((await coach(page).getByRole('heading').textContent())!.replace(/^Coach · week \d+ of \d+: /, ''));
    await coach(page).getByRole('button', { name: 'Got it' }).focus();
    await page.keyboard.press('Enter');
  }
  return titles;
}

/** Calls a strike (S, the earliest day, the longest call) and ends the week (E): the week's result shows. */
async function strikeAndEndWeek(page: Page): Promise<void> {
  await page.keyboard.press('s');
  // Its button says so (the live region may already carry a later announcement, such as the par's).
  await expect(sr(page).locator('[data-action="callStrike"]')).toHaveAccessibleDescription(/Queued/);
  await page.keyboard.press('e');
  await waitScreen(page, 'WeekResult');
}

async function backToTable(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the tutorial\u2019s coach speaks when an offer beats the walk-away and when the mandate runs short; the budget holders step in', async ({ page }, info) => {
  test.setTimeout(90_000);
  const problems = watch(page);
  await startBy(page, 'Tutorial: the Millbrook dispute', '1');

  // Weeks 1 to 3: the Board's offers are worth less to the Union than its walk-away, so that prompt waits.
  const seen: string[] = [];
  for (let week = 0; week < 3; week += 1) {
    seen.push(...(await putAllAway(page)));
    await strikeAndEndWeek(page);
    await backToTable(page);
  }
  expect(seen).toContain('An offer has arrived');
  expect(seen).not.toContain('This offer beats walking away');

  // Week 4: the Board's new offer beats the walk-away. Once the week's own prompt is away, the coach says so
  // with the value and the walk-away the Table shows.
  expect(await titlesUntil(page, 'This offer beats walking away')).toEqual(['Strikes move both sides', 'This offer beats walking away']);
  const text = (await coach(page).locator('p').first().textContent())!;
  const [, value, walkAway] = /The offer on the table is worth (\d+) to you, above your walk-away of (\d+)\./.exec(text)!;
  expect(Number(value)).toBeGreaterThanOrEqual(Number(walkAway));
  const table = await canvasTexts(page);
  expect(table).toContain('This offer beats walking away');
  expect(table.some((t) => t.startsWith(`The offer on the table is worth ${value} to you, above your walk-away of ${walkAway}.`))).toBe(true);
  expect(table).toContain(`Your walk-away: ${walkAway}.  ✓ beats it,  ✗ does not.`);
  expect(table).toContain(`${value}  ✓`);
  await shot(page, info, 'table-coach-offer-beats-walk-away');
  expect(await putAllAway(page)).toEqual(['This offer beats walking away']);

  // Weeks 4 to 6 go by with strikes; the mandate still has more than four weeks to run, so no warning yet.
  for (let week = 3; week < 6; week += 1) {
    await strikeAndEndWeek(page);
    if (week < 5) {
      await backToTable(page);
      expect(await putAllAway(page)).not.toContain('Your strike mandate is at risk');
    }
  }
  // Six weeks of strikes have run the Board's spending far past its budget: the week's result says so.
  const said = /^Those who hold the purse stepped in: spending on the dispute has run £[\d.,]+m past the budget, and they are pressing the Board to settle\.$/;
  expect((await canvasTexts(page)).some((t) => said.test(t))).toBe(true);
  await expect(sr(page).getByRole('listitem').filter({ hasText: said })).toHaveCount(1);
  await shot(page, info, 'week-result-budget-holders');

  // Week 7: the mandate ends within four weeks. After the week's own prompt, the coach warns of it.
  await backToTable(page);
  expect(await titlesUntil(page, 'Your strike mandate is at risk')).toEqual(['Members have the last word', 'Your strike mandate is at risk']);
  await expect(coach(page)).toContainText('Ballot again in good time');
  const warned = await canvasTexts(page);
  expect(warned).toContain('Your strike mandate is at risk');
  expect(warned.some((t) => t.startsWith('A strike needs a mandate from a ballot, and a mandate runs out.'))).toBe(true);
  await shot(page, info, 'table-coach-ballot-at-risk');
  expect(problems).toEqual([]);
});

/** Puts prompts away until one with `title` shows (left showing); returns the titles seen on the way, it last. */
async function titlesUntil(page: Page, title: string): Promise<string[]> {
  const titles: string[] = [];
  for (let i = 0; i < 8 && (await coach(page).count()) > 0; i += 1) {
    const here = (await coach(page).getByRole('heading').textContent())!.replace(/^Coach · week \d+ of \d+: /, '');
    titles.push(here);
    if (here === title) break;
    await coach(page).getByRole('button', { name: 'Got it' }).focus();
    await page.keyboard.press('Enter');
  }
  return titles;
}

test('an empty strike fund and a tiny budget: the week says there was no strike pay, so fewer walked out, and the budget holders stepped in', async ({ page }, info) => {
  const problems = watch(page);
  await startBy(page, 'Millbrook with an empty fund', '1', 'empty-fund.yaml');
  await strikeAndEndWeek(page); // called in week 1, with a week's notice
  await backToTable(page);
  await page.keyboard.press('e'); // week 2: the strike days are held
  await waitScreen(page, 'WeekResult');
  // The strike days' own line, then the consequence on a line of its own, on the canvas and in the mirror.
  const unpaid = 'The Union\u2019s strike fund is empty: with no strike pay, fewer members walked out.';
  const canvas = await canvasTexts(page);
  expect(canvas.some((t) => /^Doctors struck for 3 days from .+: \d+% walked out, /.test(t))).toBe(true);
  expect(canvas).toContain(unpaid);
  await expect(sr(page).getByRole('listitem').filter({ hasText: unpaid })).toHaveText(unpaid);
  // And the tiny budget is spent past its half already: the budget holders step in the same week.
  expect(canvas.some((t) => t.startsWith('Those who hold the purse stepped in: '))).toBe(true);
  await shot(page, info, 'week-result-empty-fund');
  expect(problems).toEqual([]);
});

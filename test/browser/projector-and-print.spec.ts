import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { money } from '../../src/views/format';
import { openTitle, waitScreen, watch } from './helpers';
import { loadScenario } from './node-games';

// Projector mode (a Settings switch, remembered: larger text, black and white) and the printable briefs (a
// print stylesheet: only the two sheets, one per side, each with its own private figures only).

test('projector mode is remembered and turns the screens black and white', async ({ page }, info) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  await page.locator('#sr-mirror').getByRole('button', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Settings');
  const toggle = page.locator('#sr-mirror').getByRole('slider', { name: 'Projector mode' });
  await toggle.focus();
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('standoff:settings')!).projector)).toBe(true);
  await page.reload();
  await waitScreen(page, 'Title');
  expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
  expect(await page.evaluate(() => window.__STANDOFF__!.game.scene.getScene('Title').cameras.main.backgroundColor.color)).toBe(0x000000);
  await page.screenshot({ path: join(info.project.outputDir, 'screens', 'title-projector-1280.png') });
  await page.locator('#sr-mirror').getByRole('button', { name: 'Classroom' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Classroom');
  expect(await page.locator('#page .stage').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 0, 0)');
  expect(await page.locator('#page .stage').evaluate((e) => getComputedStyle(e).fontSize)).toBe('20px');
  await page.screenshot({ path: join(info.project.outputDir, 'screens', 'classroom-projector-1280.png') });
  expect(problems).toEqual([]);
});

test('printable briefs: one sheet per side, nothing else in print', async ({ page }, info) => {
  const problems = watch(page);
  const scenario = loadScenario();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  await page.locator('#sr-mirror').getByRole('button', { name: 'Classroom' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Classroom');
  await page.locator('#brief-scenario').selectOption('resident-doctors-2025');
  await page.locator('#open-print').click();
  await waitScreen(page, 'Print');
  const sheets = page.locator('article.brief');
  await expect(sheets).toHaveCount(2);
  const [union, employer] = [sheets.nth(0), sheets.nth(1)];
  await expect(union).toContainText('Confidential · BMA only');
  await expect(union).toContainText(money(scenario.initial.strikeFundK, scenario.vocabulary.currency));
  await expect(union).not.toContainText(money(scenario.initial.budgetHeadroomK, scenario.vocabulary.currency));
  await expect(employer).toContainText(money(scenario.initial.budgetHeadroomK, scenario.vocabulary.currency));
  await expect(employer).not.toContainText('Strike fund');
  await page.screenshot({ path: join(info.project.outputDir, 'screens', 'briefs-1280.png') });

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('canvas')).toBeHidden();
  await expect(page.locator('#page .page-head')).toBeHidden();
  await expect(union).toBeVisible();
  expect(await union.evaluate((e) => getComputedStyle(e).breakAfter)).toBe('page');
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(info.outputPath('briefs.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(problems).toEqual([]);
});

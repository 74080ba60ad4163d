import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { buildClassReport, reportCsv } from '../../src/share/class-report';
import { err, ok } from '../../src/sim/index';
import { openTitle, waitScreen, watch } from './helpers';
import { aiGame, loadScenario, sessionText } from './node-games';

// A teacher's class report from 30 session files made in Node the way the headless runner makes them, three of
// them broken: the 27 good games are reported as charts and tables, the three are listed with their reasons,
// and the CSV the page downloads is exactly the one the report's own code makes in Node.

const scenario = loadScenario();
const PERSONAS = ['hardliner', 'pragmatist', 'reciprocator', 'conceder'];
const files = Array.from({ length: 30 }, (_, i) => {
  const game = aiGame(scenario, `class-${i}`, { union: `ai:${PERSONAS[(i + 1) % 4]}`, employer: `ai:${PERSONAS[i % 4]}` });
  return { name: `student-${String(i + 1).padStart(2, '0')}.json`, text: sessionText(scenario, game, { student: `Student ${i + 1}` }) };
});
files[4] = { name: files[4]!.name, text: files[4]!.text.slice(0, 300) }; // cut short
files[11] = { name: files[11]!.name, text: files[11]!.text.replace('"Student 12"', '"Student Twelve"') }; // edited by hand
files[20] = { name: files[20]!.name, text: files[20]!.text.replace(/"id":"resident-doctors-2025"/, '"id":"elsewhere"') }; // another scenario

test('a class report from 30 session files, 3 of them broken, with its CSV', async ({ page }, info) => {
  test.setTimeout(45_000);
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  await page.locator('#sr-mirror').getByRole('button', { name: 'Classroom' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Classroom');
  await page.locator('#open-report').click();
  await waitScreen(page, 'ClassReport');
  await expect(page.locator('#download-csv')).toHaveAttribute('aria-disabled', 'true');

  await page.locator('#report-input').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
  await expect(page.locator('#report-status')).toHaveText('30 files read: 27 games reported, 3 with problems.', { timeout: 20_000 });
  const listed = page.locator('#report-problems li');
  await expect(listed).toHaveCount(3);
  await expect(listed.filter({ hasText: 'student-05.json' })).toContainText('not valid JSON');
  await expect(listed.filter({ hasText: 'student-12.json' })).toContainText('checksum does not match');
  await expect(listed.filter({ hasText: 'student-21.json' })).toContainText('checksum does not match');
  await expect(page.locator('#report-games tbody tr')).toHaveCount(27);
  await expect(page.locator('#report-results figure.chart')).toHaveCount(7);
  for (const [w, h] of [[1280, 720], [1024, 576]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(info.project.outputDir, 'screens', `class-report-${w}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
  expect(download.suggestedFilename()).toBe('standoff-class-report.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  const expected = reportCsv(buildClassReport(files, (s) => (s.scenario.id === scenario.id && s.scenario.version === scenario.version ? ok(scenario) : err('elsewhere'))));
  expect(csv).toBe(expected);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(27);
  expect(parsed.data.map((r) => r.file)).not.toContain('student-05.json');
  expect(parsed.meta.fields).toEqual(expect.arrayContaining(['file', 'student', 'outcome', 'week', 'pay', 'strikeDays', 'supportPct', 'scoreUnion', 'scoreEmployer']));
  const first = parsed.data[0]!;
  expect(first.student).toBe('Student 1');
  await expect(page.locator('#report-games tbody tr').first()).toContainText(first.file!);
  expect(problems).toEqual([]);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';
import { leaksIn, wordsOf, type Words } from '../unit/vocabulary-words';

// Every bundled scenario, and a made-up rail dispute opened as a file through Setup as an author would, played for
// a few weeks (the short ones to the Debrief): every text on every screen (the canvas's texts through the test hook,
// the screen-reader mirror and the DOM pages) is scanned for another dispute's words.

const FILES = {
  'resident-doctors-2025': 'scenarios/resident-doctors-2025.yaml',
  'junior-doctors-2023': 'scenarios/junior-doctors-2023.yaml',
  tutorial: 'scenarios/tutorial.yaml',
  'rmt-rail-2022': 'scenarios/rmt-rail-2022.yaml',
  'uaw-detroit-2023': 'scenarios/uaw-detroit-2023.yaml',
  'rail-fixture': 'test/fixtures/scenarios/rail-fixture.yaml',
} as const;
type Id = keyof typeof FILES;

const words = new Map(Object.entries(FILES).map(([id, path]) => [id, wordsOf(readFileSync(join(path), 'utf8'))])); // run from the project root
const sr = (page: Page) => page.locator('#sr-mirror');

/** Every text the page shows now: the canvas's texts, the screen-reader mirror and any DOM page. */
const screenTexts = async (page: Page): Promise<string[]> => {
  const canvas = await page.evaluate(() => window.__STANDOFF__!.textBoxes().map((t) => t.text));
  const dom = await page.evaluate(() => document.body.innerText);
  return [...canvas, ...dom.split('\n').filter((line) => line.trim())];
};

const shot = async (page: Page, info: TestInfo, name: string) => {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: join(info.project.outputDir, 'vocabulary', `${name}.png`) });
};

async function start(page: Page, id: Id, side: 'union' | 'employer'): Promise<void> {
  await openTitle(page);
  await sr(page).getByRole('button', { name: 'New game' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');
  if (id === 'rail-fixture') {
    const chooser = page.waitForEvent('filechooser');
    await sr(page).getByRole('button', { name: 'Open a scenario file…' }).focus();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: 'rail-fixture.yaml', mimeType: 'application/yaml', buffer: readFileSync(FILES[id]) });
  }
  const radio = sr(page).getByRole('radiogroup', { name: 'Scenario' }).getByRole('radio', { name: scenarioTitle(id) });
  await radio.focus();
  await radio.press('Space');
  await expect(radio).toBeChecked();
  if (side === 'employer') {
    const sides = sr(page).getByRole('radiogroup', { name: 'Your side' }).getByRole('radio');
    await sides.nth(1).focus();
    await sides.nth(1).press('Space');
    await expect(sides.nth(1)).toBeChecked();
  }
  await sr(page).getByRole('textbox', { name: 'Seed' }).fill('words');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Briefing');
}

const scenarioTitle = (id: Id): string => /^title: "?(.+?)"?$/m.exec(words.get(id)!.text)![1]!;

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

/** The disputes outside medicine, whose screens are kept as screenshots under test-results/…/vocabulary/. */
const SHOWN: ReadonlySet<Id> = new Set(['rail-fixture', 'rmt-rail-2022', 'uaw-detroit-2023']);

const RUNS = [...(Object.keys(FILES) as Id[]).map((id) => ({ id, side: 'union' as const })), { id: 'rail-fixture' as const, side: 'employer' as const }];

for (const { id, side } of RUNS) {
  test(`${id}, as the ${side}: no screen shows another dispute's words`, async ({ page }, info) => {
    test.setTimeout(180_000);
    const problems = watch(page);
    const own: Words = words.get(id)!;
    const others = [...words].filter(([other]) => other !== id).map(([, w]) => w);
    const seen: string[] = [];
    const scan = async (screen: string) => {
      for (const text of await screenTexts(page)) seen.push(`[${screen}] ${text}`);
    };
    await start(page, id, side);
    await scan('Briefing');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
    await scan('Table');
    const short = own.text.includes('horizonWeeks: 8');
    for (let week = 0; week < (short ? 20 : 4); week += 1) {
      await page.keyboard.press('e');
      await waitScreen(page, 'WeekResult');
      await scan('WeekResult');
      if (SHOWN.has(id) && week === 2) await shot(page, info, `${id}-${side}-week-result`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => ['Table', 'Debrief'].includes(window.__STANDOFF__!.scene()) && window.__STANDOFF__!.ready());
      if ((await page.evaluate(() => window.__STANDOFF__!.scene())) === 'Debrief') break;
      await scan('Table');
      if (SHOWN.has(id) && week === 2) await shot(page, info, `${id}-${side}-table`);
    }
    if (short) {
      await waitScreen(page, 'Debrief');
      // Every tab of the debrief, each scanned as shown.
      const tabs = page.getByRole('tab');
      for (let i = 0; i < (await tabs.count()); i += 1) {
        await tabs.nth(i).click();
        await scan(`Debrief ${i}`);
        if (id === 'rail-fixture' && i === 0) await shot(page, info, `${id}-${side}-debrief`);
        if (id === 'rail-fixture' && i === 4) await shot(page, info, `${id}-${side}-debrief-public`);
      }
    } else {
      await page.keyboard.press('?');
      await page.waitForFunction(() => window.__STANDOFF__!.ready());
      await scan('How to play');
    }
    expect(seen.length).toBeGreaterThan(50);
    expect(leaksIn(own, others, seen)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

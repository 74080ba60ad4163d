import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { game, openTitle, waitScreen, watch } from './helpers';

// Every bundled real dispute, untouched, played to its end by keyboard: the player ends each week and the AI
// plays its own. No console errors, no requests to another origin, no CSP violations on the way. (The tutorial
// is played to its Debrief in vocabulary.spec.ts.)

const REAL = ['resident-doctors-2025', 'junior-doctors-2023', 'rmt-rail-2022', 'uaw-detroit-2023'] as const;

const fileField = (id: string, key: string): string => new RegExp(`^${key}: "?(.+?)"?$`, 'm').exec(readFileSync(`scenarios/${id}.yaml`, 'utf8'))![1]!; // run from the project root

for (const id of REAL) {
  test(`${id} plays to its end`, async ({ page }) => {
    test.setTimeout(180_000);
    const problems = watch(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openTitle(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Setup');
    const sr = page.locator('#sr-mirror');
    const radio = sr.getByRole('radiogroup', { name: 'Scenario' }).getByRole('radio', { name: fileField(id, 'title') });
    await radio.focus();
    await radio.press('Space');
    await expect(radio).toBeChecked();
    await sr.getByRole('textbox', { name: 'Seed' }).fill('full');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Briefing');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
    const played = await page.evaluate(() => window.__STANDOFF__!.store.getState().session!.scenario);
    expect(played.id).toBe(id);
    const horizon = Number(fileField(id, 'horizonWeeks'));
    expect(played.horizonWeeks).toBe(horizon);

    for (let week = 0; week < horizon; week += 1) {
      await page.keyboard.press('e');
      await waitScreen(page, 'WeekResult');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => ['Table', 'Debrief'].includes(window.__STANDOFF__!.scene()) && window.__STANDOFF__!.ready());
      if ((await page.evaluate(() => window.__STANDOFF__!.scene())) === 'Debrief') break;
    }
    const end = (await game(page))!;
    expect(end.outcome).not.toBeNull();
    expect(end.history).toBe(end.outcome!.week + 1);
    // the autosave holds the finished game, whose log replays to it
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('standoff:save')!));
    expect(saved.log).toEqual(end.log);
    expect(problems).toEqual([]);
  });
}

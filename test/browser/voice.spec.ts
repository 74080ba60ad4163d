import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

// The opponent's voice, the Why? key and the gap gauge, played by keyboard on the Table and the week result.

const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: join(info.project.outputDir, 'voice', `${name}.png`) });
/** A reason code such as CONCEDE_ON_TIME: never on a player's screen. */
const CODE = /\b[A-Z]{2,}(?:_[A-Z]+)+\b/;

async function start(page: Page, players: { union: string; employer: string }, large = false): Promise<void> {
  await openTitle(page);
  await page.evaluate(
    ({ players, large }) => {
      const store = window.__STANDOFF__!.store.getState();
      store.setSettings({ textSize: large ? 'large' : 'standard' });
      store.newGame({ scenarioId: 'resident-doctors-2025', seed: '3', players, mode: 'practice' });
    },
    { players, large },
  );
  await page.evaluate(() => window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Table'));
  await waitScreen(page, 'Table');
}

/** The texts drawn on the canvas of the scene on screen, through the test hook. */
const canvasTexts = (page: Page) =>
  page.evaluate(() => {
    const scene = window.__STANDOFF__!.game.scene.getScenes(true)[0]!;
    return scene.children.list.filter((o): o is Phaser.GameObjects.Text => o.type === 'Text').map((t) => t.text);
  });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

for (const [you, players] of [
  ['BMA', { union: 'human', employer: 'ai:hardliner' }],
  ['Government', { union: 'ai:pragmatist', employer: 'human' }],
] as const) {
  test(`as the ${you}: the opponent speaks in character, Why? (Y) opens and closes its reasoning in plain words, and the gap gauge reads a value`, async ({ page }, info) => {
    test.setTimeout(60_000); // two screens, two dialogs and four screenshots on a shared machine
    const problems = watch(page);
    await start(page, players);
    const mirror = page.locator('#sr-mirror');
    await page.keyboard.press('e');
    await waitScreen(page, 'WeekResult');
    const report = await page.evaluate(() => window.__STANDOFF__!.store.getState().session!.lastWeek!);
    const theirs = report.messages.filter((m) => m.side !== (you === 'BMA' ? 'union' : 'employer'));
    expect(theirs.length).toBeGreaterThan(0);
    // The week result shows their in-character line (not the reasoning), on the canvas and in the mirror.
    await expect(mirror).toContainText(theirs[0]!.text);
    expect((await canvasTexts(page)).some((t) => t.includes(theirs[0]!.text))).toBe(true);
    expect(theirs[0]!.text).not.toMatch(/p = |estimated weight/);
    await shot(page, info, `after-week-result-${you}`);

    // Why? on the week result
    await page.keyboard.press('y');
    const dialog = page.locator('#info-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Why?');
    await expect(dialog).toContainText(theirs[0]!.why!);
    expect(await dialog.textContent()).not.toMatch(CODE);
    await shot(page, info, `after-week-result-why-${you}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
    // The gap gauge reads a value on the canvas and in the mirror.
    const label = (await canvasTexts(page)).find((t) => /points? apart|Positions meet/.test(t));
    expect(label).toMatch(/^(\d+ points? apart|Positions meet)$/);
    await expect(mirror).toContainText(/The gap: (\d+ points? apart|Positions meet), in points of value to you out of 100 \(yours \d+, theirs \d+\)/);
    await expect(mirror).toContainText(theirs[0]!.text);
    await shot(page, info, `after-table-${you}`);

    // Why? on the Table: Y opens it, Escape closes it, and it reads plain words, never a code.
    await page.keyboard.press('y');
    await expect(dialog).toBeVisible();
    const why = (await dialog.textContent()) ?? '';
    expect(why).toContain('The gap now:');
    expect(why).toContain(theirs[0]!.why!);
    expect(why).not.toMatch(CODE);
    expect((await canvasTexts(page)).join('\n')).not.toMatch(CODE);
    await shot(page, info, `after-table-why-${you}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(await mirror.textContent()).not.toMatch(CODE);
    expect(problems).toEqual([]);
  });
}

for (const large of [false, true]) {
  test(`with no deal in reach, the Table says so in character, and the gauge marks it by pattern and words${large ? ' (large text)' : ''}`, async ({ page }, info) => {
    const problems = watch(page);
    await start(page, { union: 'human', employer: 'ai:hardliner' }, large);
    await page.keyboard.press('e');
    await waitScreen(page, 'WeekResult');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
    const mirror = page.locator('#sr-mirror');
    // The Government's opening offer of 0 pp is far below the BMA's walk-away: no deal is in reach.
    const said = /below your walk-away of \d+: no deal is in reach unless someone moves\. The Government: \u201c([^\u201d]+)\u201d/;
    await expect(mirror).toContainText(said);
    const line = said.exec((await mirror.textContent()) ?? '')![1]!;
    expect(line).toMatch(/pay uplift|29 pp/);
    // The same words on the canvas, under the gauge.
    expect((await canvasTexts(page)).map((t) => t.replace(/\s+/g, ' '))).toContain(line);
    await shot(page, info, `after-table-deadlock-${large ? 'large' : 'standard'}`);
    expect(problems).toEqual([]);
  });
}

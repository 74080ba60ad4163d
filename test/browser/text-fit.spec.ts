import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import type { TextBox } from '../../src/test-hook';
import { designToPage, openTitle, playWeeks, waitScreen, watch } from './helpers';

// The fitting rule, checked on every canvas screen at both text sizes and both window sizes: each visible text
// lies inside its box (its control, its card, or the screen), no two visible texts overlap, no text was cut
// by a line limit without an ellipsis, and no reason code or file path reaches a player's screen.

const SIZES = [
  [1280, 720],
  [1024, 576],
] as const;
/** Rounding and antialiasing: a text may touch its box's edge or its neighbour by this much. */
const SLACK = 1;
/** The least room between a label and its badge in one control. */
const GAP = 4;
const REASON_CODE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/;
const FILE_PATH = /\bsrc\/|\b[\w-]+\.(?:ya?ml|tsx?|jsx?|json)\b/;

const short = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 60));
const round = (b: { x: number; y: number; w: number; h: number }) => `[${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.w)}×${Math.round(b.h)}]`;

/** What is wrong with the texts on one screen, one line per problem. */
function problemsIn(texts: readonly TextBox[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const { box } = t;
    const outside = t.x < box.x - SLACK || t.y < box.y - SLACK || t.x + t.w > box.x + box.w + SLACK || t.y + t.h > box.y + box.h + SLACK;
    if (outside) out.push(`${short(t.text)} ${round(t)} leaves its ${t.kind} ${round(box)}`);
    if (t.cut) out.push(`${short(t.text)} is cut after its last line with no ellipsis`);
    if (REASON_CODE.test(t.text)) out.push(`${short(t.text)} shows a reason code`);
    if (FILE_PATH.test(t.text)) out.push(`${short(t.text)} shows a file path`);
  }
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      if (a.depth !== b.depth) continue;
      const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (w > SLACK && h > SLACK) out.push(`${short(a.text)} overlaps ${short(b.text)}`);
      // Inside one control, side by side texts (a label and its key badge) keep a visible gap.
      else if (a.control !== null && a.control === b.control && h > SLACK && w > -GAP) out.push(`${short(a.text)} touches ${short(b.text)} in ${short(a.control)}`);
    }
  });
  return out;
}

const frame = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Checks the screen on top at each window size; a screenshot of each at 1024×576 for a person to look at. */
async function check(page: Page, info: TestInfo, name: string, found: string[]): Promise<void> {
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForFunction((width) => window.__STANDOFF__!.game.scale.width === width, w);
    await frame(page);
    const texts = await page.evaluate(() => window.__STANDOFF__!.textBoxes());
    expect(texts.length, `${name}: texts found`).toBeGreaterThan(0);
    found.push(...problemsIn(texts).map((p) => `${name} @${w}: ${p}`));
    if (w === 1024) await page.screenshot({ path: join(info.project.outputDir, 'text-fit', `${info.title.includes('large') ? 'large' : 'standard'}-${name}-1024.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await frame(page);
}

const start = (page: Page, key: string) => page.evaluate((k) => window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start(k), key);

for (const size of ['standard', 'large'] as const) {
  test(`every canvas screen's text fits its box, ${size} text`, async ({ page }, info) => {
    test.setTimeout(300_000);
    const problems = watch(page);
    const found: string[] = [];
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openTitle(page, '?weeks=6');
    await page.evaluate((s) => window.__STANDOFF__!.store.getState().setSettings({ textSize: s }), size);
    await start(page, 'Title');
    await waitScreen(page, 'Title');
    await check(page, info, 'title', found);
    await start(page, 'Setup');
    await waitScreen(page, 'Setup');
    await check(page, info, 'setup', found);
    // Two files of the player's own make seven cards: they shorten to fit above the summary and the opener.
    const scenarioCards = page.locator('#sr-mirror').getByRole('radiogroup', { name: 'Scenario' }).getByRole('radio');
    const bundled = await scenarioCards.count();
    for (const [i, name] of ['minimal.yaml', 'rail-fixture.yaml'].entries()) {
      const chooser = page.waitForEvent('filechooser');
      await page.locator('#sr-mirror').getByRole('button', { name: 'Open a scenario file…' }).focus();
      await page.keyboard.press('Enter');
      await (await chooser).setFiles({ name, mimeType: 'application/yaml', buffer: readFileSync(join('test/fixtures/scenarios', name)) });
      await expect(scenarioCards).toHaveCount(bundled + i + 1);
    }
    await check(page, info, 'setup-own-files', found);
    await start(page, 'Settings');
    await waitScreen(page, 'Settings');
    await check(page, info, 'settings', found);

    await page.evaluate(() =>
      window.__STANDOFF__!.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: '2025', players: { union: 'human', employer: 'ai:pragmatist' }, mode: 'practice' }),
    );
    await start(page, 'Briefing');
    await waitScreen(page, 'Briefing');
    await check(page, info, 'briefing', found);
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
    await check(page, info, 'table-week1', found);

    // Help dialogs: the keyboard shortcuts, a figure's source, the menu.
    await page.keyboard.press('h');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await check(page, info, 'help-shortcuts', found);
    await page.keyboard.press('Escape');
    await page.locator('#sr-mirror').getByRole('button', { name: /^Strike costs/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(page, info, 'help-figure', found);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
    await check(page, info, 'help-menu', found);
    await page.keyboard.press('Escape');

    // A week's result, then their offer on the table, an answer queued, and members voting on it.
    await page.keyboard.press('e');
    await waitScreen(page, 'WeekResult');
    await check(page, info, 'week-result', found);
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
    await check(page, info, 'table-offer', found);
    await page.evaluate(() => window.__STANDOFF__!.store.getState().dispatch({ side: 'union', type: 'accept', voteWeeks: 2, continueAction: false }));
    await start(page, 'Table');
    await waitScreen(page, 'Table');
    await check(page, info, 'table-queued', found);
    await playWeeks(page, 1);
    await check(page, info, 'table-vote', found);
    await page.keyboard.press('e');
    await waitScreen(page, 'WeekResult');
    await check(page, info, 'week-result-vote', found);

    // The Government's side: its offer buttons, and answers to the BMA's claim.
    await page.evaluate(() =>
      window.__STANDOFF__!.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: '2025', players: { union: 'ai:hardliner', employer: 'human' }, mode: 'practice' }),
    );
    await start(page, 'Table');
    await waitScreen(page, 'Table');
    await check(page, info, 'table-government', found);
    await playWeeks(page, 2);
    await check(page, info, 'table-government-week3', found);
    // Their claim accepted (the line under the answers says so), then their members vote on it.
    expect(await page.evaluate(() => window.__STANDOFF__!.store.getState().dispatch({ side: 'employer', type: 'accept' }))).toBeNull();
    await start(page, 'Table');
    await waitScreen(page, 'Table');
    expect((await page.evaluate(() => window.__STANDOFF__!.texts())).filter((t) => t.startsWith('✓ Accept is queued'))).toHaveLength(1);
    await check(page, info, 'table-government-queued', found);
    await playWeeks(page, 1);
    await check(page, info, 'table-government-vote', found);

    // Two players on one device: the hand-over screen.
    await page.evaluate(() =>
      window.__STANDOFF__!.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: 'pass', players: { union: 'human', employer: 'human' }, mode: 'practice' }),
    );
    await start(page, 'Pass');
    await waitScreen(page, 'Pass');
    await check(page, info, 'pass', found);

    console.log(`text-fit ${size}:\n${found.join('\n')}`);
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('a help dialog longer than the screen scrolls by keys and wheel, above its Close button', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  await page.evaluate(() => {
    const store = window.__STANDOFF__!.store.getState();
    store.setSettings({ textSize: 'large' });
    store.newGame({ scenarioId: 'resident-doctors-2025', seed: '2025', players: { union: 'human', employer: 'ai:pragmatist' }, mode: 'practice' });
  });
  await start(page, 'Table');
  await waitScreen(page, 'Table');
  await page.locator('#sr-mirror').getByRole('button', { name: /^Strike costs/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  const texts = async () => (await page.evaluate(() => window.__STANDOFF__!.textBoxes())).map((t) => t.text);
  const body = async () => (await texts()).find((t) => t.includes('\n')) ?? '';
  const top = await body();
  expect(top).toMatch(/^Strike costs:/);
  expect(await texts()).toContain('▼ More below: arrow keys or the wheel scroll');

  await page.keyboard.press('End');
  const end = await body();
  expect(end).not.toMatch(/^Strike costs:/);
  expect(await texts()).toContain('▲ The end: arrow keys or the wheel scroll back');
  await page.keyboard.press('Home');
  expect(await body()).toBe(top);
  await page.keyboard.press('ArrowDown');
  const down = await body();
  expect(down).not.toBe(top);
  expect(top.split('\n').slice(1).join('\n')).toBe(down.split('\n').slice(0, -1).join('\n')); // one line on

  const { x, y } = await designToPage(page, 640, 300);
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, 400);
  await expect.poll(body).not.toBe(down);
  // The dialog is still open (the wheel did not close it) and the whole text is in its mirror.
  await expect(page.getByRole('dialog')).toContainText('Cover for absent resident doctors');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(problems).toEqual([]);
});

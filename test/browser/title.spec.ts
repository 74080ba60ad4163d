import { expect, test } from '@playwright/test';
import { TITLE } from '../../src/layout';
import { designToPage, openTitle, waitScreen, watch } from './helpers';

const mirror = '#sr-mirror';

for (const renderer of ['auto', 'canvas'] as const) {
  test(`title screen boots cleanly (renderer=${renderer})`, async ({ page }, testInfo) => {
    const problems = watch(page);
    await openTitle(page, `?renderer=${renderer}`);

    // Phaser.CANVAS = 1, Phaser.WEBGL = 2; AUTO may pick either (WebGL on SwiftShader here).
    const type = await page.evaluate(() => window.__STANDOFF__!.game.renderer.type);
    expect(renderer === 'canvas' ? [1] : [1, 2]).toContain(type);
    expect(await page.evaluate(() => document.fonts.check('700 16px "Atkinson Hyperlegible"'))).toBe(true);
    await expect(page.locator('canvas')).toHaveAttribute('aria-hidden', 'true');
    const box = await page.locator('canvas').boundingBox();
    expect(box?.width).toBe(1280); // 16:9 window: the canvas fills it
    expect(box?.height).toBe(720);

    await expect(page.locator(mirror).getByRole('heading', { level: 1, name: 'Standoff' })).toHaveCount(1);
    await expect(page.locator(mirror).getByRole('button', { name: 'New game' })).toHaveCount(1);
    await expect(page.locator(mirror).getByRole('button', { name: 'Continue' })).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator(mirror).getByRole('button', { name: 'Continue' })).toHaveAccessibleDescription('No saved game yet');

    await page.screenshot({ path: testInfo.outputPath(`title-${renderer}.png`) });
    expect(problems).toEqual([]);
  });
}

test('keyboard: Tab, Shift-Tab and arrows move focus; Enter activates', async ({ page }, testInfo) => {
  const problems = watch(page);
  await openTitle(page);
  const button = (name: string) => page.locator(mirror).getByRole('button', { name });
  const note = page.locator('#title-note');

  await page.keyboard.press('Tab');
  await expect(button('New game')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button('Continue')).toBeFocused(); // focusable so its reason can be read
  await page.keyboard.press('Shift+Tab');
  await expect(button('New game')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(button('How to play')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(button('Classroom')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // wraps
  await expect(button('New game')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(button('Settings')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(button('New game')).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('title-focus.png') });

  await page.keyboard.press('ArrowDown'); // Continue is disabled: activating it changes nothing
  await page.keyboard.press(' ');
  await expect(note).toHaveText('');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter'); // How to play: its own page, and Escape comes back
  await waitScreen(page, 'HowToPlay');
  await expect(page.locator('#page h1')).toHaveText('How to play');
  await page.keyboard.press('Escape');
  await waitScreen(page, 'Title');
  await page.keyboard.press('Tab');
  await expect(button('New game')).toBeFocused();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');
  expect(problems).toEqual([]);
});

test('pointer: clicking a canvas button runs the same handler', async ({ page }) => {
  const problems = watch(page);
  await openTitle(page);
  const { x, y } = await designToPage(page, 640, TITLE.menuTop + 2 * TITLE.menuGap);
  await page.mouse.click(x, y); // How to play
  await waitScreen(page, 'HowToPlay');
  await expect(page.locator('#page h1')).toHaveText('How to play');
  expect(problems).toEqual([]);
});

test('reduced motion: no tweens run', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  await page.evaluate(() => {
    const title = window.__STANDOFF__!.game.scene.getScene('Title') as unknown as { showNote(text: string): void };
    title.showNote('A note that would fade in.');
  });
  await expect(page.locator('#title-note')).toContainText('A note that would fade in.');
  const tweens = await page.evaluate(() => window.__STANDOFF__!.game.scene.getScene('Title').tweens.getTweens().length);
  expect(tweens).toBe(0);
});

test('fits a 1024×576 window, letterboxes a 4:3 one', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 576 });
  await openTitle(page);
  await page.screenshot({ path: testInfo.outputPath('title-1024.png') });
  expect(await page.locator('canvas').boundingBox()).toMatchObject({ x: 0, y: 0, width: 1024, height: 576 });
  await page.setViewportSize({ width: 800, height: 600 });
  await expect.poll(() => page.locator('canvas').boundingBox().then((b) => b && [b.x, b.width, Math.round(b.height)])).toEqual([0, 800, 450]);
  const size = await page.evaluate(() => [window.__STANDOFF__!.game.scale.width, window.__STANDOFF__!.game.scale.height]);
  expect(size).toEqual([800, 450]); // canvas pixels follow the window: text stays sharp
  const resolutions = await page.evaluate(() =>
    window.__STANDOFF__!.game.scene
      .getScene('Title')
      .children.list.filter((o) => o.type === 'Text')
      .map((o) => (o as unknown as { style: { resolution: number } }).style.resolution),
  );
  expect(new Set(resolutions)).toEqual(new Set([800 / 1280]));
});

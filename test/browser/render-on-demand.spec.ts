// Drawing on demand (src/ui/render-on-demand.ts): an idle screen is not redrawn every frame, while input and
// animation still are. Counted with Phaser's postrender event, which fires once per frame drawn.
import { expect, test, type Page } from '@playwright/test';
import { openTitle, watch } from './helpers';

const countRenders = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __renders: number };
    w.__renders = 0;
    window.__STANDOFF__!.game.events.on('postrender', () => (w.__renders += 1));
  });
const renders = (page: Page) => page.evaluate(() => (window as unknown as { __renders: number }).__renders);
const frames = (page: Page, n: number) =>
  page.evaluate(`new Promise((done) => { let left = ${n}; const tick = () => (--left > 0 ? requestAnimationFrame(tick) : done(null)); requestAnimationFrame(tick); })`);

/** Counts, while any running scene has a tween, the browser's frames and the frames Phaser drew. */
const watchAnimation = (page: Page) =>
  page.evaluate(() => {
    const game = window.__STANDOFF__!.game;
    const animating = () => game.scene.getScenes(true).some((scene) => scene.tweens.tweens.length > 0);
    const w = window as unknown as { __fade: { frames: number; drawn: number; seen: boolean; over: boolean } };
    const fade: { frames: number; drawn: number; seen: boolean; over: boolean } = { frames: 0, drawn: 0, seen: false, over: false };
    w.__fade = fade;
    game.events.on('postrender', () => {
      if (!fade.over && animating()) fade.drawn += 1;
    });
    let left = 600; // about ten seconds at most
    const tick = () => {
      const now = animating();
      if (now) {
        fade.seen = true;
        fade.frames += 1;
      }
      if ((fade.seen && !now) || --left === 0) fade.over = true;
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
const animationFrames = async (page: Page) => {
  await page.waitForFunction(() => (window as unknown as { __fade: { over: boolean } }).__fade.over);
  return page.evaluate(() => (window as unknown as { __fade: { frames: number; drawn: number } }).__fade);
};

test('an idle screen is drawn a few times a second, not every frame; input, hover and animation draw at once', async ({ page }) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openTitle(page);
  await frames(page, 10); // let the arrival settle
  await countRenders(page);

  await frames(page, 60); // about a second
  const idle = await renders(page);
  expect(idle).toBeGreaterThanOrEqual(1); // the safety redraw still runs
  expect(idle).toBeLessThanOrEqual(6); // and nothing more: drawing every frame would be about 60

  const beforeKey = await renders(page);
  await page.keyboard.press('Tab'); // moves the focus ring onto the first button
  await frames(page, 2);
  expect(await renders(page)).toBeGreaterThan(beforeKey);

  // Sweeping the pointer over empty canvas draws nothing; crossing onto a button draws its hover look.
  const beforeSweep = await renders(page);
  for (let i = 0; i < 30; i += 1) await page.mouse.move(120 + i * 4, 420 + (i % 5) * 10);
  expect((await renders(page)) - beforeSweep).toBeLessThanOrEqual(3); // the twice-a-second redraw at most
  const beforeHover = await renders(page);
  await page.mouse.move(640, 318); // "New game"
  await frames(page, 2);
  expect(await renders(page)).toBeGreaterThan(beforeHover);

  // The Title's note (a set-aside save, a part that could not load) fades in over a quarter of a second: every
  // frame of it is drawn. Counted against the frames the fade actually lasted, which a busy machine makes fewer
  // than a quarter of a second's worth. The note is shown through the test hook ("How to play" is a page now).
  await frames(page, 5);
  await watchAnimation(page);
  await page.evaluate(() => {
    const title = window.__STANDOFF__!.game.scene.getScene('Title') as unknown as { showNote(text: string): void };
    title.showNote('A note that fades in.');
  });
  const fade = await animationFrames(page);
  expect(fade.frames).toBeGreaterThanOrEqual(3); // the fade ran
  expect(fade.drawn).toBeGreaterThanOrEqual(fade.frames - 1); // and each of its frames was drawn (±1 at its edges)
  await expect(page.locator('#title-note')).toContainText('A note that fades in.');
  expect(problems).toEqual([]);
});

import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { waitScreen, watch } from './helpers';

// The week result animates its reveal, so every frame of it is drawn, and the live screen takes 30 to 50 draw
// calls a frame. While it animates, each part fading in, the heading and the buttons are drawn as one baked image
// each (src/ui/bake.ts); and where WebGL renders in software, as here, a frame of the reveal redraws only the
// parts that changed over the frame before (src/ui/damage.ts). Checked with a count that does not depend on how
// busy the machine is (WebGL draw calls a frame), and pixel for pixel against the live objects and against a
// whole frame, at 1280×720 and at 4K.

/** Counts WebGL draw calls, and reads the canvas at the end of the next frame Phaser draws. */
const instrument = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __draws: number };
    w.__draws = 0;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      for (const name of ['drawElements', 'drawArrays'] as const) {
        const original = proto[name] as (...args: unknown[]) => void;
        (proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
          w.__draws += 1;
          return original.apply(this, args);
        };
      }
    }
  });

/** Draw calls in each of the next `frames` frames Phaser draws. */
const drawsPerFrame = (page: Page, frames: number) =>
  page.evaluate(
    (n) =>
      new Promise<number[]>((resolve) => {
        const w = window as unknown as { __draws: number };
        const game = window.__STANDOFF__!.game;
        const out: number[] = [];
        let before = w.__draws;
        const count = () => {
          out.push(w.__draws - before);
          before = w.__draws;
          if (out.length === n) {
            game.events.off('postrender', count);
            resolve(out);
          }
        };
        game.events.on('postrender', count);
        game.events.once('prerender', () => (before = w.__draws));
      }),
    frames,
  );

/** The canvas's pixels at the end of the next frame drawn, as a count of pixels differing from the last read. */
const pixelsChanged = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ changed: number; total: number }>((resolve) => {
        const game = window.__STANDOFF__!.game;
        const w = window as unknown as { __pixels?: Uint8Array };
        game.events.once('postrender', () => {
          const gl = (game.renderer as Phaser.Renderer.WebGL.WebGLRenderer).gl;
          const { width, height } = gl.canvas;
          const now = new Uint8Array(width * height * 4);
          gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, now);
          let changed = 0;
          const last = w.__pixels;
          if (last) for (let i = 0; i < now.length; i += 4) if (now[i] !== last[i] || now[i + 1] !== last[i + 1] || now[i + 2] !== last[i + 2]) changed += 1;
          w.__pixels = now;
          resolve({ changed, total: width * height });
        });
      }),
  );

/** Starts a game and ends its first week, with the reveal animated. */
const openWeekResult = async (page: Page) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await instrument(page);
  await page.goto('./?weeks=6');
  await waitScreen(page, 'Title');
  await page.evaluate(() => {
    const hook = window.__STANDOFF__!;
    hook.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: 'frames', players: { union: 'human', employer: 'ai' }, mode: 'normal' });
    hook.game.scene.getScenes(true, true)[0]!.scene.start('Table');
  });
  await waitScreen(page, 'Table');
  await page.keyboard.press('e');
  await page.waitForFunction(() => window.__STANDOFF__!.scene() === 'WeekResult' && window.__STANDOFF__!.ready(), undefined, { polling: 'raf' });
};

for (const size of [{ width: 1280, height: 720 }, { width: 3840, height: 2160 }]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the week result\u2019s reveal draws each part as one baked image, pixel for pixel as the live screen', async ({ page }, info) => {
      test.setTimeout(90_000); // reading 4K frames back is slow under software WebGL
      const problems = watch(page);
      await openWeekResult(page);

      // Stop the clock (a slow 4K frame must not outlast the reveal).
      await page.evaluate(() => {
        const scene = window.__STANDOFF__!.game.scene.getScene('WeekResult')!;
        scene.tweens.pauseAll();
        scene.time.paused = true; // the timers that start each part's fade
      });

      // Every part shown (its image, and its objects, which the camera skips while they are baked); then the
      // player acts, and the live objects are drawn in the images' place.
      await page.evaluate(() => {
        const scene = window.__STANDOFF__!.game.scene.getScene('WeekResult')!;
        for (const o of scene.children.list) (o as unknown as Phaser.GameObjects.Components.Alpha).setAlpha(1);
      });
      await pixelsChanged(page);
      const baked = await drawsPerFrame(page, 1);
      await page.evaluate(() => window.dispatchEvent(new PointerEvent('pointermove')));
      const liveDraws = await drawsPerFrame(page, 1);
      const diff = await pixelsChanged(page);
      // Baked, every part costs one draw call; live, a call for each of its objects (the week's seven days alone
      // take more than twenty).
      expect(liveDraws[0]).toBeGreaterThan(baked[0]! + 20);
      expect(diff.total).toBe(size.width * size.height);
      expect(diff.changed).toBe(0);
      await page.screenshot({ path: join(info.project.outputDir, 'frames', `week-result-${size.width}.png`) });
      expect(problems).toEqual([]);
    });

    test('a frame of the reveal redraws only what changed, pixel for pixel as a whole frame', async ({ page }) => {
      test.setTimeout(90_000);
      const problems = watch(page);
      await openWeekResult(page);
      // In the first frame drawn with fewer than a quarter of a whole frame's draw calls while a part is half
      // faded in, stop the clock and read the canvas; then wake the screen (an event any input sends), which draws
      // a whole frame of the same moment, and read it again.
      const frame = await page.evaluate(
        () =>
          new Promise<{ whole: number; partial: number; alpha: number }>((resolve) => {
            const w = window as unknown as { __draws: number; __pixels?: Uint8Array };
            const game = window.__STANDOFF__!.game;
            const scene = game.scene.getScene('WeekResult')!;
            const gl = (game.renderer as Phaser.Renderer.WebGL.WebGLRenderer).gl;
            let before = w.__draws;
            let whole = 0;
            game.events.on('prerender', () => (before = w.__draws));
            const check = () => {
              const draws = w.__draws - before;
              whole = Math.max(whole, draws);
              const fading = scene.children.list.find((o) => o.type === 'Image' && (o as Phaser.GameObjects.Image).alpha > 0 && (o as Phaser.GameObjects.Image).alpha < 1);
              if (draws * 4 >= whole || !fading) return;
              game.events.off('postrender', check);
              scene.tweens.pauseAll();
              scene.time.paused = true;
              const { width, height } = gl.canvas;
              w.__pixels = new Uint8Array(width * height * 4);
              gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, w.__pixels);
              resolve({ whole, partial: draws, alpha: (fading as Phaser.GameObjects.Image).alpha });
            };
            game.events.on('postrender', check);
          }),
      );
      expect(frame.partial).toBeGreaterThan(0);
      expect(frame.alpha).toBeLessThan(1); // caught mid-fade
      await page.evaluate(() => window.dispatchEvent(new Event('change')));
      const wholeDraws = await drawsPerFrame(page, 1);
      expect(wholeDraws[0]).toBeGreaterThanOrEqual(frame.whole);
      const diff = await pixelsChanged(page);
      expect(diff.total).toBe(size.width * size.height);
      expect(diff.changed).toBe(0);
      expect(problems).toEqual([]);
    });
  });
}

import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

// At 4K the canvas renders at full resolution (3840×2160 device pixels) and its text is rasterised at the
// same scale, so nothing is upscaled and blurred.

test.use({ viewport: { width: 3840, height: 2160 } });

test('the Title and the Table render crisp at 3840×2160', async ({ page }, info) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  const size = await page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    return { w: canvas.width, h: canvas.height };
  });
  expect(size).toEqual({ w: 3840, h: 2160 });
  const resolutions = () =>
    page.evaluate(() => {
      const out: number[] = [];
      const walk = (list: Phaser.GameObjects.GameObject[]) => {
        for (const o of list) {
          if (o instanceof Object && 'style' in o && 'resolution' in (o as Phaser.GameObjects.Text).style) out.push((o as Phaser.GameObjects.Text).style.resolution);
          if ('list' in o) walk((o as Phaser.GameObjects.Container).list);
        }
      };
      walk(window.__STANDOFF__!.game.scene.getScenes(true)[0]!.children.list);
      return out;
    });
  const title = await resolutions();
  expect(title.length).toBeGreaterThan(3);
  expect(new Set(title)).toEqual(new Set([3]));
  await page.screenshot({ path: join(info.project.outputDir, 'screens', 'title-3840.png') });

  await page.evaluate(() => {
    const hook = window.__STANDOFF__!;
    hook.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: '4k', players: { union: 'human', employer: 'ai' }, mode: 'normal' });
    hook.game.scene.getScenes(true, true)[0]!.scene.start('Table');
  });
  await waitScreen(page, 'Table');
  expect(new Set(await resolutions())).toEqual(new Set([3]));
  await page.screenshot({ path: join(info.project.outputDir, 'screens', 'table-3840.png') });
  expect(problems).toEqual([]);
});

// Multisampling where WebGL has a GPU, none where it renders in software (src/ui/software-render.ts); in software
// the drawing buffer also keeps each frame (for frames that redraw only what changed) and has no depth or stencil
// buffer. Headless Chromium here renders with SwiftShader: the first visit finds that out before the game starts,
// and remembers.
import { expect, test, type Page } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

const attributes = (page: Page) =>
  page.evaluate(() => {
    const { antialias, preserveDrawingBuffer, depth, stencil } = (window.__STANDOFF__!.game.renderer as unknown as { gl: WebGLRenderingContext }).gl.getContextAttributes()!;
    return { antialias, preserveDrawingBuffer, depth, stencil };
  });
const SOFTWARE = { antialias: false, preserveDrawingBuffer: true, depth: false, stencil: false };

test('a browser rendering in software draws without multisampling from its first visit, and remembers it', async ({ page }) => {
  const problems = watch(page);
  await openTitle(page);
  expect(await attributes(page)).toEqual(SOFTWARE); // found out before the game made its context
  expect(await page.evaluate(() => localStorage.getItem('standoff:renderer'))).toBe('software');

  await page.reload();
  await waitScreen(page, 'Title');
  expect(await attributes(page)).toEqual(SOFTWARE);

  // A browser noted as having a GPU draws with multisampling.
  await page.evaluate(() => localStorage.setItem('standoff:renderer', 'hardware'));
  await page.reload();
  await waitScreen(page, 'Title');
  expect(await attributes(page)).toEqual({ antialias: true, preserveDrawingBuffer: false, depth: true, stencil: true }); // Phaser's own
  expect(problems).toEqual([]);
});

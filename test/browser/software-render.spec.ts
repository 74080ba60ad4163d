// Multisampling where WebGL has a GPU, none where it renders in software (src/ui/software-render.ts). Headless
// Chromium here renders with SwiftShader: the first visit finds that out before the game starts, and remembers.
import { expect, test, type Page } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

const multisampled = (page: Page) =>
  page.evaluate(() => (window.__STANDOFF__!.game.renderer as unknown as { gl: WebGLRenderingContext }).gl.getContextAttributes()!.antialias);

test('a browser rendering in software draws without multisampling from its first visit, and remembers it', async ({ page }) => {
  const problems = watch(page);
  await openTitle(page);
  expect(await multisampled(page)).toBe(false); // found out before the game made its context
  expect(await page.evaluate(() => localStorage.getItem('standoff:renderer'))).toBe('software');

  await page.reload();
  await waitScreen(page, 'Title');
  expect(await multisampled(page)).toBe(false);

  // A browser noted as having a GPU draws with multisampling.
  await page.evaluate(() => localStorage.setItem('standoff:renderer', 'hardware'));
  await page.reload();
  await waitScreen(page, 'Title');
  expect(await multisampled(page)).toBe(true);
  expect(problems).toEqual([]);
});

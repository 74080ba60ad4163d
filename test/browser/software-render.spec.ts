// Multisampling where WebGL has a GPU, none where it renders in software (src/ui/software-render.ts). Headless
// Chromium here renders with SwiftShader: the first visit finds that out, and the next one turns it off.
import { expect, test, type Page } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

const multisampled = (page: Page) =>
  page.evaluate(() => (window.__STANDOFF__!.game.renderer as unknown as { gl: WebGLRenderingContext }).gl.getContextAttributes()!.antialias);

test('a browser rendering in software is remembered, and its next visit draws without multisampling', async ({ page }) => {
  const problems = watch(page);
  await openTitle(page);
  expect(await multisampled(page)).toBe(true); // nothing known yet: the default
  expect(await page.evaluate(() => localStorage.getItem('standoff:renderer'))).toBe('software');

  await page.reload();
  await waitScreen(page, 'Title');
  expect(await multisampled(page)).toBe(false);

  // A browser found to have a GPU (or storage cleared) goes back to the default.
  await page.evaluate(() => localStorage.removeItem('standoff:renderer'));
  await page.reload();
  await waitScreen(page, 'Title');
  expect(await multisampled(page)).toBe(true);
  expect(problems).toEqual([]);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

// Scenario text is shown as text, never as HTML: a scenario whose title and brief carry markup and script is
// played, and the markup appears literally, no element is made from it, and no script runs.

const HOSTILE_TITLE = 'Test <img src=x onerror="window.__pwned=1"> dispute';
const HOSTILE_BRIEF = '<script>window.__pwned=2</script><b>bold</b> & <a href="https://example.com">a link</a>';

const hostileScenario = (): string =>
  readFileSync(join('test/fixtures/scenarios', 'minimal.yaml'), 'utf8')
    .replace('id: minimal', 'id: hostile-markup')
    .replace('title: Minimal test dispute', `title: '${HOSTILE_TITLE}'`)
    .replace("brief: The union's brief.", `brief: '${HOSTILE_BRIEF}'`);

test('markup and script in a scenario show as plain text and never run', async ({ page }) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page);
  const sr = page.locator('#sr-mirror');
  await sr.getByRole('button', { name: 'New game' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');

  const chooser = page.waitForEvent('filechooser');
  await sr.getByRole('button', { name: 'Open a scenario file…' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'hostile-markup.yaml', mimeType: 'application/yaml', buffer: Buffer.from(hostileScenario()) });
  await expect(sr.getByRole('radio', { name: HOSTILE_TITLE })).toBeChecked();
  // The title with its markup, read back as text in the live region.
  await expect(page.locator('#sr-live')).toContainText(`Opened ${HOSTILE_TITLE}`);
  await sr.getByRole('textbox', { name: 'Seed' }).fill('markup');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Briefing');

  await expect(sr).toContainText('<b>bold</b>');
  await expect(sr).toContainText('<script>window.__pwned=2</script>');
  expect(await page.locator('#sr-mirror img, #sr-mirror script, #sr-mirror b, #sr-mirror a[href^="https"]').count()).toBe(0);
  expect(await page.locator('body img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // The canvas draws the same text (the Briefing's own text objects hold the literal markup).
  const drawn = await page.evaluate(() => {
    const scene = window.__STANDOFF__!.game.scene.getScenes(true)[0]!;
    const texts: string[] = [];
    const walk = (list: Phaser.GameObjects.GameObject[]) => {
      for (const o of list) {
        if ('text' in o && typeof (o as Phaser.GameObjects.Text).text === 'string') texts.push((o as Phaser.GameObjects.Text).text);
        if ('list' in o) walk((o as Phaser.GameObjects.Container).list);
      }
    };
    walk(scene.children.list);
    return texts.join('\n');
  });
  expect(drawn).toContain('<b>bold</b>');
  expect(problems).toEqual([]);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { game, openTitle, playWeeks, waitScreen, watch } from './helpers';

// The two synthetic scenarios with the other harm models (lostService, lostOutput under a North American
// contract) open from Setup and play on the Table: the figure tiles read the harm level through the one
// interface, and nothing fails on the way.

const sr = (page: Page) => page.locator('#sr-mirror');

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

for (const [file, title] of [
  ['lost-service.yaml', 'Small rail dispute'],
  ['lost-output.yaml', 'Small car-plant dispute'],
] as const) {
  test(`${file} opens from Setup and plays five weeks`, async ({ page }, info) => {
    const problems = watch(page);
    await openTitle(page);
    await sr(page).getByRole('button', { name: 'New game' }).focus();
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Setup');
    const chooser = page.waitForEvent('filechooser');
    await sr(page).getByRole('button', { name: 'Open a scenario file…' }).focus();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: file, mimeType: 'application/yaml', buffer: readFileSync(join('test/fixtures/scenarios', file)) });
    await expect(sr(page).getByRole('radio', { name: title })).toBeChecked();
    await sr(page).getByRole('textbox', { name: 'Seed' }).fill('harm');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Briefing');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
    await playWeeks(page, 5);
    expect(await game(page)).toMatchObject({ week: 5 });
    await page.screenshot({ path: join(info.project.outputDir, 'screens', `harm-${file.replace('.yaml', '')}.png`) });
    expect(problems).toEqual([]);
  });
}

import { expect, test, type Page } from '@playwright/test';
import { openTitle, waitScreen, watch } from './helpers';

// How to play: a DOM page opened from the Title's menu and from the Table ("?" or the Menu), with a numbered
// diagram of the Table's parts and the units the Table uses. Escape goes back to where it was opened from.

const PARTS = ['The week and the menu', 'The dispute figures', 'The charts', 'The terms', 'Their words, the gap and the news', 'Your moves', 'The strike calendar'];

async function checkPage(page: Page, back: string): Promise<void> {
  await waitScreen(page, 'HowToPlay');
  const root = page.locator('#page');
  await expect(root.getByRole('heading', { level: 1 })).toHaveText('How to play');
  await expect(root.getByRole('heading', { level: 2 })).toHaveText(['The Table', 'A week', 'What the numbers mean', 'How it ends']);
  // The picture: each part numbered and named on the diagram, named again in the list, and in the image's title.
  const diagram = root.locator('#table-diagram');
  await expect(diagram).toHaveAttribute('role', 'img');
  for (const [i, name] of PARTS.entries()) {
    const part = diagram.locator(`[data-part="${i + 1}"]`);
    await expect(part.locator('.callout-number')).toHaveText(String(i + 1));
    expect((await part.locator('.part-name tspan').allTextContents()).join(' ')).toBe(name);
  }
  // Each name and number lies inside its own box on the diagram.
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll<SVGGElement>('#table-diagram .part')].flatMap((g) => {
      const box = g.querySelector<SVGRectElement>('.part-box')!.getBBox();
      return [...g.querySelectorAll<SVGGraphicsElement>('.part-name, .callout')].filter((t) => {
        const b = t.getBBox();
        return b.x < box.x || b.y < box.y || b.x + b.width > box.x + box.width || b.y + b.height > box.y + box.height;
      }).map((t) => `${g.dataset.part}: ${t.textContent}`);
    }),
  );
  expect(outside).toEqual([]);
  await expect(root.locator('#table-diagram-title')).toContainText(PARTS.map((p, i) => `${i + 1}, ${p}`).join('; '));
  await expect(root.locator('#table-parts > li')).toHaveCount(PARTS.length);
  for (const [i, name] of PARTS.entries()) await expect(root.locator('#table-parts > li').nth(i)).toContainText(`${name}:`);
  // The units, defined.
  await expect(root.locator('#units dt')).toHaveText(['pp', 'Value to you', 'Walk-away', 'NHS waiting list (pathways)', 'Score out of 100', 'The gap', 'Par']);
  await expect(root.locator('#units dd').first()).toContainText('on top of the current pay award');
  // Nothing spills out sideways: the page's body is no wider than its window.
  const spill = await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('#page .how-to-play')!;
    return body.scrollWidth - body.clientWidth;
  });
  expect(spill).toBeLessThanOrEqual(0);
  await page.keyboard.press('Escape');
  await waitScreen(page, back);
}

test('opens from the Title by keyboard, names the Table\u2019s parts, and Escape closes it', async ({ page }, info) => {
  const problems = watch(page);
  await openTitle(page);
  await page.keyboard.press('Tab'); // New game
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#sr-mirror').getByRole('button', { name: 'How to play' })).toBeFocused();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'HowToPlay');
  await expect(page.locator('#page').getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('#page')).toContainText('You play the BMA against the Government');
  await page.screenshot({ path: info.outputPath('how-to-play-1280.png') });
  await checkPage(page, 'Title');

  // Large text: still no sideways spill, and the page scrolls to its end.
  await page.evaluate(() => window.__STANDOFF__!.store.getState().setSettings({ textSize: 'large' }));
  await page.locator('#sr-mirror').getByRole('button', { name: 'How to play' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'HowToPlay');
  await page.screenshot({ path: info.outputPath('how-to-play-large-text-1280.png') });
  await checkPage(page, 'Title');
  expect(problems).toEqual([]);
});

test('opens from the Table with "?" and from its Menu, in the side names of the game in play', async ({ page }) => {
  const problems = watch(page);
  await openTitle(page);
  await page.evaluate(() => {
    const store = window.__STANDOFF__!.store;
    store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: 'how', players: { union: 'ai:pragmatist', employer: 'human' }, mode: 'normal' });
    window.__STANDOFF__!.game.scene.getScenes(true)[0]!.scene.start('Table');
  });
  await waitScreen(page, 'Table');
  await page.keyboard.press('?');
  await waitScreen(page, 'HowToPlay');
  await expect(page.locator('#page')).toContainText('You play the Government against the BMA');
  await expect(page.locator('#page').getByRole('button', { name: 'Back to the table' })).toBeVisible();
  await checkPage(page, 'Table');

  await page.keyboard.press('Escape'); // the Table's menu
  const choice = page.locator('#sr-mirror').getByRole('button', { name: /^How to play/ });
  await expect(choice).toBeVisible();
  await choice.focus();
  await page.keyboard.press('Enter');
  await checkPage(page, 'Table');
  expect(problems).toEqual([]);
});

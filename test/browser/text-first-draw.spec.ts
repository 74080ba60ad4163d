// `scene.add.text` draws a new text once (src/ui/text-first-draw.ts), where Phaser's constructor alone draws it
// once per styling step; the text comes out the same either way.
import { expect, test } from '@playwright/test';
import { openTitle } from './helpers';

test('a new text is drawn and uploaded once, and looks as Phaser would have drawn it', async ({ page }) => {
  await openTitle(page);
  const result = await page.evaluate(() => {
    const game = window.__STANDOFF__!.game;
    const scene = game.scene.getScenes(true)[0]!;
    const renderer = game.renderer as unknown as { canvasToTexture: (...args: unknown[]) => unknown };
    const upload = renderer.canvasToTexture;
    let uploads = 0;
    // Phaser also makes a 1×1 placeholder texture for each new text, which it then drops: not a draw.
    renderer.canvasToTexture = function (this: unknown, ...args: unknown[]) {
      const canvas = args[0] as HTMLCanvasElement;
      if (canvas.width > 1 || canvas.height > 1) uploads += 1;
      return upload.apply(this, args);
    };
    const style = { fontFamily: 'sans-serif', fontSize: '20px', padding: { x: 2, y: 4 }, lineSpacing: 6, wordWrap: { width: 200 } };
    const words = 'A line long enough to wrap onto a second line at two hundred pixels';
    try {
      const viaFactory = scene.add.text(10, 10, words, style);
      const factoryUploads = uploads;
      uploads = 0;
      const Text = viaFactory.constructor as new (...args: unknown[]) => { width: number; height: number; canvas: HTMLCanvasElement; destroy(): void };
      const direct = new Text(scene, 10, 10, words, style); // Phaser's own constructor, drawing at each step
      const directUploads = uploads;
      const same = viaFactory.canvas.toDataURL() === direct.canvas.toDataURL();
      const sizes = [viaFactory.width, viaFactory.height, direct.width, direct.height];
      viaFactory.destroy();
      direct.destroy();
      return { factoryUploads, directUploads, same, sizes };
    } finally {
      renderer.canvasToTexture = upload;
    }
  });
  expect(result.factoryUploads).toBe(1);
  expect(result.directUploads).toBe(3); // setText, setPadding, setLineSpacing: what the factory now spares
  expect(result.same).toBe(true);
  expect(result.sizes.slice(0, 2)).toEqual(result.sizes.slice(2));
  expect(result.sizes[1]).toBeGreaterThan(40); // two lines, padded
});

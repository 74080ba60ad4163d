import { expect, test, type Page } from '@playwright/test';
import { clickControl, openTitle, waitScreen, watch } from './helpers';

// Every stepper shows its own new value after a key press and after a click, on the canvas and in the
// screen-reader mirror, whatever the panel around it redraws (issue 13, bug 1: the strike dates, the tone
// and Text size kept their old labels).

interface Shown {
  name: string;
  shown: string;
  level: string;
  index: number;
  valuetext: string;
  mirrorValue: string;
  min: number;
  max: number;
  disabled: boolean;
}

/** Every stepper on the top screen: what the canvas shows and what the mirror says. */
async function steppers(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const sliders = [...document.querySelectorAll<HTMLInputElement>('#sr-mirror input[type=range]')];
    return window.__STANDOFF__!.controls().flatMap((c) => {
      if (!c.stepper) return [];
      const twin = sliders.find((s) => s.getAttribute('aria-label') === c.name);
      return [{
        name: c.name,
        shown: c.stepper.shown,
        level: c.stepper.levels[c.stepper.index] ?? '',
        index: c.stepper.index,
        valuetext: twin?.getAttribute('aria-valuetext') ?? '',
        mirrorValue: twin?.value ?? '',
        min: Number(twin?.min),
        max: Number(twin?.max),
        disabled: twin?.getAttribute('aria-disabled') === 'true',
      }];
    });
  });
}

async function one(page: Page, name: string): Promise<Shown> {
  const found = (await steppers(page)).filter((s) => s.name === name);
  if (found.length !== 1) throw new Error(`${found.length} steppers named ${name}`);
  return found[0]!;
}

/** The stepper holds a new index and shows that level on the canvas and in the mirror. */
async function expectShows(page: Page, name: string, before: Shown): Promise<Shown> {
  await expect.poll(async () => (await one(page, name)).index, { message: `${name} moved` }).not.toBe(before.index);
  const after = await one(page, name);
  expect(after.shown, `${name}: canvas label`).toBe(after.level);
  expect(after.mirrorValue, `${name}: mirror value`).toBe(String(after.index));
  expect(after.valuetext, `${name}: mirror's spoken value`).toContain(after.level);
  return after;
}

/** Changes the stepper once by key and once by click, checking its label after each. */
async function exercise(page: Page, name: string): Promise<void> {
  const start = await one(page, name);
  expect(start.disabled, `${name} is enabled`).toBe(false);
  expect(start.max, `${name} has somewhere to go`).toBeGreaterThan(start.min);
  await page.locator('#sr-mirror').getByRole('slider', { name, exact: true }).focus();
  await page.keyboard.press(start.index < start.max ? 'ArrowRight' : 'ArrowLeft');
  const keyed = await expectShows(page, name, start);
  await clickControl(page, name, keyed.index > keyed.min ? -0.45 : 0.45);
  await expectShows(page, name, keyed);
}

async function toTable(page: Page, side: 'union' | 'employer'): Promise<void> {
  await openTitle(page, '?weeks=4');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Setup');
  if (side === 'employer') {
    await page.locator('#sr-mirror').getByRole('radio', { name: /Government/ }).focus();
    await page.keyboard.press('Space');
    await expect(page.locator('#sr-mirror').getByRole('radio', { name: /Government/ })).toBeChecked();
  }
  await page.locator('#sr-mirror').getByRole('textbox', { name: 'Seed' }).fill('steppers');
  await page.locator('#sr-mirror').getByRole('textbox', { name: 'Seed' }).press('Enter');
  await waitScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Table');
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the BMA’s steppers show their new value after a key press and a click', async ({ page }) => {
  const problems = watch(page);
  await toTable(page, 'union');
  const names = (await steppers(page)).filter((s) => !s.disabled && s.max > s.min).map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Strike starts', 'Strike length', 'Tone of the statement']));
  for (const name of names) await exercise(page, name);
  expect(problems).toEqual([]);
});

test('the Government’s steppers show their new value after a key press and a click', async ({ page }) => {
  const problems = watch(page);
  await toTable(page, 'employer');
  const names = (await steppers(page)).filter((s) => !s.disabled && s.max > s.min).map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Kept running on strike days', 'Catch-up funding', 'Tone of the statement']));
  for (const name of names) await exercise(page, name);
  expect(problems).toEqual([]);
});

test('the Settings steppers show their new value after a key press and a click', async ({ page }) => {
  const problems = watch(page);
  await openTitle(page);
  await page.locator('#sr-mirror').getByRole('button', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Settings');
  const names = (await steppers(page)).map((s) => s.name);
  expect(names).toEqual(['Text size', 'Sound effects', 'Motion', 'Projector mode']);
  for (const name of names) await exercise(page, name);
  expect(problems).toEqual([]);
});

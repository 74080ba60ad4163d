/** Issue grids and the float arithmetic done once, at parse time, to turn authored curves into integer tables. */
import { BP } from '../../fixed';
import type { ScenarioFile } from '../schema';
import type { Checker, Path } from './context';

/** Expands a grid to its values, rounded to 9 decimals so 0.1-steps do not drift. */
export const gridValues = (grid: ScenarioFile['issues'][number]['grid'], path: Path, checker: Checker): number[] => {
  if ('values' in grid) {
    const sorted = grid.values.every((v, i) => i === 0 || v > grid.values[i - 1]!);
    if (!sorted) checker.fail([...path, 'values'], 'grid values must be strictly increasing', 'list the values from smallest to largest, each once');
    return [...grid.values];
  }
  if (grid.max <= grid.min) {
    checker.fail([...path, 'max'], `grid max (${grid.max}) must be above min (${grid.min})`, `make max larger than ${grid.min}, or swap min and max`);
    return [grid.min];
  }
  const steps = (grid.max - grid.min) / grid.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9) {
    checker.fail([...path, 'step'], `the step ${grid.step} does not divide ${grid.min}..${grid.max} evenly`, `choose a step that fits a whole number of times into ${grid.max - grid.min}, or move max`);
  }
  if (steps > 400) {
    checker.fail([...path, 'step'], `the grid has ${Math.round(steps) + 1} levels; at most 401 are allowed`, 'use a larger step');
    return [grid.min, grid.max];
  }
  const values: number[] = [];
  for (let i = 0; i <= Math.round(steps); i += 1) values.push(Math.round((grid.min + i * grid.step) * 1e9) / 1e9);
  return values;
};

/** The index of `v` on the grid, or -1. */
export const indexOnGrid = (values: readonly number[], v: number): number => values.findIndex((g) => Math.abs(g - v) < 1e-9);

/** "0, 1, 2, 3, 4, …": the first levels of a grid, for a fix. */
export const firstLevels = (values: readonly number[]): string => `${values.slice(0, 5).join(', ')}${values.length > 5 ? ', …' : ''}`;

/** Linear interpolation over authored points (floats, at parse time only). */
export const lerp = (points: readonly (readonly [number, number])[], x: number): number => {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < sorted.length; i += 1) {
    const b = sorted[i]!;
    const a = sorted[i - 1]!;
    if (x <= b[0]) return b[0] === a[0] ? b[1] : a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]);
  }
  return last[1];
};

/** Splits 10000 in proportion to the weights, by largest remainder, so the parts sum exactly. */
export const apportion = (weights: readonly number[]): number[] => {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return weights.map((_, i) => (i === 0 ? BP : 0));
  const raw = weights.map((w) => (w * BP) / total);
  const parts = raw.map(Math.floor);
  let left = BP - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rem: r - Math.floor(r) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
};

import { describe, expect, it } from 'vitest';
import { niceMax, niceTicks } from './chart-spec';

describe('chart axes', () => {
  it('puts ticks on round values inside the range', () => {
    expect(niceTicks(0, 100, 4).map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(0, 30, 5).map((t) => t.value)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(-0.25, 3, 5).map((t) => t.label)).toEqual(['0', '1', '2', '3']);
    expect(niceTicks(7.3, 7.4, 4, (v) => v.toFixed(2)).every((t) => t.value >= 7.3 && t.value <= 7.4)).toBe(true);
  });

  it('rounds a maximum up to a tidy value', () => {
    expect(niceMax(26)).toBe(30);
    expect(niceMax(11.5)).toBe(12.5);
    expect(niceMax(0)).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { clamp, divRound, interpolate, isqrt, mulBp } from './fixed';

describe('fixed-point helpers', () => {
  it('rounds halves away from zero, symmetrically', () => {
    expect(divRound(5, 2)).toBe(3);
    expect(divRound(-5, 2)).toBe(-3);
    expect(divRound(7, 3)).toBe(2);
    expect(mulBp(7_370_000, 85)).toBe(62_645);
  });

  it('interpolates between integer points and holds flat beyond them', () => {
    const pts = [[0, 0], [10, 100], [20, 150]] as const;
    expect(interpolate(pts, -5)).toBe(0);
    expect(interpolate(pts, 5)).toBe(50);
    expect(interpolate(pts, 15)).toBe(125);
    expect(interpolate(pts, 99)).toBe(150);
  });

  it('clamps into a range, and to its upper limit when the range is empty', () => {
    expect([clamp(-3, 0, 10), clamp(4, 0, 10), clamp(12, 0, 10)]).toEqual([0, 4, 10]);
    // A scenario with maxStrikeDaysPerCall 0 asks for 1..0 strike days: the answer is 0, whatever x is.
    expect([clamp(-1, 1, 0), clamp(0, 1, 0), clamp(3, 1, 0)]).toEqual([0, 0, 0]);
  });

  it('takes exact integer square roots', () => {
    for (const n of [0, 1, 2, 3, 4, 15, 16, 17, 99_980_001, 100_000_000]) {
      const r = isqrt(n);
      expect(r * r <= n && (r + 1) * (r + 1) > n).toBe(true);
    }
  });
});
